/** What the learner answered; the numbers are FSRS's (and Anki's) ratings, so they go to ts-fsrs unchanged. */
export const GRADES = [1, 2, 3, 4] as const;
export type Grade = (typeof GRADES)[number];

export const Grades = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const satisfies Record<
  string,
  Grade
>;

export type GradeName = 'again' | 'hard' | 'good' | 'easy';

/** Stable keys for messages and storage, never shown as is. */
export const GRADE_NAMES = {
  1: 'again',
  2: 'hard',
  3: 'good',
  4: 'easy',
} as const satisfies Record<Grade, GradeName>;

export function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
