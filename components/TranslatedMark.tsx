/** The visible mark on a text that was translated for Triglot rather than published. */
export function TranslatedMark({ label }: { label: string }) {
  return (
    <span className="translated-mark" role="img" aria-label={label} title={label}>
      ✦
    </span>
  );
}
