import type { ChartReading } from './chart-reading';

/**
 * The words of intent, one vocabulary for the poisonings (Table of Drugs' columns, Guidelines I.C.19.e.5.b;
 * drug-intent.ts) and the injuries' external causes and intent characters (I.C.20.i; external-cause-intent.ts). No
 * intent documented is accidental; undetermined only where the record says the intent cannot be told.
 */
export type Intent = 'accidental' | 'self-harm' | 'assault' | 'undetermined';

/**
 * Self-harm: 'suicide attempt', 'self-inflicted stab wound', 'self-poisoning', the Spanish 'autolytic attempt' (intento
 * autolítico).
 */
export const SELF_HARM = /\b(?:suicid\w*|parasuicid\w*|self[- ]?(?:harm\w*|poison\w*|inflicted|injur\w*|destructive)|autolytic|autolysis attempt)\b/i;
/**
 * An act done on purpose ('intentional overdose', 'deliberately ingested', not 'unintentional', 'non-intentional'):
 * self-harm where no other person's act is told ('Suicide, attempt'; 'intentional self-harm' is the Table's column).
 */
export const ON_PURPOSE = /\b(?:deliberate(?:ly)?|on purpose)\b|(?<!\bnon[- ]?)\bintentional(?:ly)?\b/i;
/** Another person's act on the patient ('he was assaulted with a knife', 'stabbed', 'beaten', 'homicide attempt'). */
export const ASSAULT_ACT = /\b(?:assault\w*|attacked\s+by|beaten|mugged|stabbed|homicid\w*|attempted murder)\b/i;
/**
 * An assault, or a poisoning another person inflicted ('poisoned by her husband', 'poisoned with arsenic by her
 * husband', 'criminal poisoning').
 */
export const ASSAULT = new RegExp(`${ASSAULT_ACT.source}|\\b(?:criminal poisoning|poisoned (?:[\\w-]+ ){0,4}?by (?:his|her|their|a|an|the))\\b`, 'i');
/**
 * Undetermined: 'undetermined intent', 'intent unknown', a title's ', undetermined' after its substance or mechanism;
 * not 'an undetermined amount'.
 */
export const UNDETERMINED = /\b(?:undetermined|unknown|unclear|uncertain) intent\w*|\bintent\w* (?:is |was |remains |)(?:undetermined|unknown|unclear|uncertain)\b|(?<=,\s*)undetermined\b(?!\s+(?:amount|quantity|dose|number|time))/i;

/** The intent the words say, given whether each vocabulary is said: undetermined where so told, another's act before an act on purpose. */
export function intentSaid(said: (words: RegExp) => boolean): Intent {
  if (said(UNDETERMINED)) return 'undetermined';
  if (said(SELF_HARM)) return 'self-harm';
  if (said(ASSAULT)) return 'assault';
  return said(ON_PURPOSE) ? 'self-harm' : 'accidental';
}

/**
 * Whether a sentence says the words, not denied ('Paracetamol overdose; she denies suicidal intent' is accidental). A
 * denial in another clause qualifies something else ('antirheumatics, not elsewhere classified, intentional
 * self-harm'; 'vaccines without a pertussis component, intentional self-harm').
 */
export function saidIn(text: string, reading: ChartReading, sentence: { start: number; end: number } | undefined) {
  return (words: RegExp): boolean => {
    if (!sentence) return false;
    const m = words.exec(text.slice(sentence.start, sentence.end));
    if (m === null) return false;
    const start = sentence.start + m.index;
    const context = reading.contextOf(start, start + m[0].length);
    return context.decision !== 'negated' || /[,;]/.test(text.slice(context.triggerStart ?? start, start));
  };
}
