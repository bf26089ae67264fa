import type { Lang } from './types';

// Closed-class words per language, lower-cased with plain apostrophes (Token.norm).
// They anchor a sentence instead of being tested, and they are never distractors.
// Kept short on purpose: stopword lists (stopwords-iso) also hold good cloze words
// such as Jahr, Menschen, anni, paese, so content words are left to the lexicon.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

const DE = words(`
  der die das den dem des ein eine einen einem einer eines
  ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen man
  mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
  sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres
  unser unsere unseren unserem unserer unseres euer eure euren eurem eurer
  dies diese dieser dieses diesen diesem jene jener jenes jenen jenem
  welche welcher welches welchen welchem was wer wen wem wessen
  denen deren dessen selbst einander zueinander miteinander
  an am ans auf aufs aus bei beim bis durch durchs für fürs gegen hinter im in ins
  mit nach neben ohne seit über übers um ums unter vom von vor vorm zu zum zur
  zwischen wegen während trotz statt anstatt außer gegenüber laut gemäß innerhalb
  außerhalb aufgrund bezüglich per pro via
  und oder aber denn sondern doch dass ob weil wenn als wie da damit nachdem bevor
  obwohl sowie sowohl weder noch entweder falls sodass indem ehe
  bin bist ist sind seid war warst waren wart gewesen wäre wären sei seien seiest
  habe hast hat habt hatte hattest hatten hattet gehabt hätte hätten hättest hättet haben
  werden werde wirst wird werdet wurde wurden würde würden geworden worden
  kann kannst könnt können konnte konnten könnte könnten gekonnt
  muss musst müsst müssen musste mussten müsste müssten
  soll sollst sollt sollen sollte sollten will willst wollt wollen wollte wollten
  darf darfst dürft dürfen durfte durften dürfte dürften mag magst mögen möchte möchten
  lassen lasse lässt läßt lasst ließ ließen gelassen
  nicht auch nur noch schon so sehr ja nein mal eben halt wohl gar
  kein keine keinen keinem keiner keines nichts etwas
  hier dort dann jetzt nun immer nie oft wieder sogar etwa ganz mehr
  viel viele vielen vieler vieles wenig wenige wenigen weniger
  alle alles allen aller allem andere anderen anderer anderes anderem
  einige einigen einiger einiges manche manchen mancher jede jeder jeden jedem jedes
  beide beiden beider beides mehrere mehreren mehrerer
  irgendein irgendeine irgendeinen irgendeinem irgendeiner irgendeines also
  darauf daran darüber davon dazu dabei dafür dagegen darin darunter daraus
  deshalb deswegen daher dort wo woher wohin warum wieso weshalb wann
  hinzu zurück heraus hinaus herein hinein herum voran vorbei hin her los fort weg
`);

const IT = words(`
  il lo la l' i gli le un uno una un'
  di a da in con su per tra fra
  del dello della dell' dei degli delle al allo alla all' ai agli alle
  dal dallo dalla dall' dai dagli dalle nel nello nella nell' nei negli nelle
  sul sullo sulla sull' sui sugli sulle col coi d' c'
  io tu lui lei noi voi loro esso essa essi esse
  mi ti si ci vi ne li me te se ce ve sé m' t' s' v' n'
  mio mia miei mie tuo tua tuoi tue suo sua suoi sue
  nostro nostra nostri nostre vostro vostra vostri vostre
  questo questa questi queste quest' quello quella quelli quelle quel quei quegli quell'
  chi che cui quale quali cosa ciò quanto quanta quanti quante tale tali
  e ed o od ma però se perché quando mentre come anche pure né oppure quindi dunque
  poiché sebbene benché affinché
  essere sono sei è siamo siete era erano ero eri fu furono sarà saranno sarebbe
  sarebbero sia siano fosse fossero
  avere ho hai ha abbiamo avete hanno aveva avevano avevo avrà avranno avrebbe
  avrebbero abbia abbiano avesse avuto
  potere può possono poteva potevano potrà potrebbe potrebbero possa
  dovere deve devono doveva dovevano dovrà dovrebbe dovrebbero debba
  volere vuole vogliono voleva volevano vorrà vorrebbe vorrebbero
  sta stanno stava stavano
  non già ancora più molto molta molti molte poco tanto tanta tanti tante così solo
  sempre mai poi ora qui lì là dove ecco circa
  tutto tutta tutti tutte altro altra altri altre ogni alcuni alcune alcuna alcuno qualche
  nessuno nessuna ciascuno senza contro dopo prima durante verso dentro fuori sopra
  sotto presso oltre po'
`);

// Participles of essere/stare: auxiliary after a verb (è stato), a noun after an
// article (lo stato). The lexicon decides by the previous word.
export const IT_AUX_PARTICIPLES: ReadonlySet<string> = words('stato stata stati state');

const EN = words(`
  the a an this that these those
  i me my mine you your yours he him his she her hers it its we us our ours
  they them their theirs who whom whose which what myself itself himself herself
  themselves ourselves
  of in on at by for from with to into onto about over under between through
  during after before against without within among as via per
  and or but nor so yet if because while when where although though than whether
  be is are was were been being am
  have has had having do does did done
  will would shall should can could may might must
  not n't also too only just very even still already then there here now
  some any all each every both either neither no none many much more most other
  another such own
  how why 's 're 've 'll 'd
  isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't
  shouldn't haven't hasn't hadn't it's that's there's i'm i'd i'll i've we're they're
  you're he's she's let's
`);

// Abbreviations and titles whose dot the tokenizer splits off (Prof. Light, Sig.
// Rossi, Mr. Putin): never an answer.
const ABBREVIATIONS = words(`
  prof dr nr mio mrd bzw ca usw z b u a sig sigg dott ing on mr mrs ms st jr
`);

const FUNCTION_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set([...DE, ...ABBREVIATIONS]),
  it: new Set([...IT, ...ABBREVIATIONS]),
  en: new Set([...EN, ...ABBREVIATIONS]),
};

const NUMBER_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: words(`
    null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig
    dreißig vierzig fünfzig hundert tausend
  `),
  it: words(`
    zero due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta
    quaranta cinquanta cento mille
  `),
  en: words(`
    zero one two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty hundred thousand
  `),
};

// Words after which a following noun is expected (articles, determiners,
// articulated prepositions): they decide noun over verb or adjective readings.
const DETERMINERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: words(`
    der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins
  `),
  it: words(`
    il lo la l' i gli le un uno una un' del dello della dell' dei degli delle al allo alla
    all' ai agli alle dal dallo dalla dall' dai dagli dalle nel nello nella nell' nei negli
    nelle sul sullo sulla sull' sui sugli sulle questo questa questi queste quest' quel
    quello quella quelli quelle quei quegli quell' suo sua suoi sue mio mia miei mie tuo
    tua tuoi tue nostro nostra nostri nostre vostro vostra vostri vostre loro ogni
    qualche alcuni alcune altri altre molti molte tanti tante pochi poche tutti tutte
    certi certe diversi diverse vari varie numerosi numerose
  `),
  en: words('the a an this that these those its his her their our my your'),
};

// Italian determiners that mark the plural (le forze, dei paesi); they settle
// the number of invariable nouns (le città).
const IT_PLURAL_DETERMINERS = words(`
  i gli le dei degli delle ai agli alle dai dagli dalle nei negli nelle sui sugli sulle
  questi queste quei quegli quelli quelle suoi sue miei mie tuoi tue nostri nostre vostri
  vostre alcuni alcune altri altre molti molte tanti tante pochi poche tutti tutte certi certe
  diversi diverse vari varie numerosi numerose
`);

export function isFunctionWord(norm: string, lang: Lang): boolean {
  return FUNCTION_WORDS[lang].has(norm);
}

export function isNumberWord(norm: string, lang: Lang): boolean {
  return NUMBER_WORDS[lang].has(norm);
}

export function isDeterminer(norm: string, lang: Lang): boolean {
  return DETERMINERS[lang].has(norm);
}

export function isItalianPluralDeterminer(norm: string): boolean {
  return IT_PLURAL_DETERMINERS.has(norm);
}

/**
 * Particles that always separate from their verb (an, aus, zurück), longest first. Left
 * out: durch, über, um, unter, wider, wieder, hinter, voll, which also make inseparable
 * verbs (übersetzen, umgehen, unterstützen), so a form starting with one proves nothing.
 */
export const SEPARABLE_PARTICLES: readonly string[] = (
  'auseinander entgegen gegenüber zusammen zurück heraus herein hinaus hinein herbei hervor ' +
  'voran vorbei vorweg weiter empor fest fort nieder her hin los mit nach weg dar bei ein ' +
  'auf aus ab an vor zu'
)
  .split(' ')
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
