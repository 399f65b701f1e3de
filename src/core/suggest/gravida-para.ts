/**
 * Gravida/para notation ('G2P1', 'G3P1011'): G counts every pregnancy, the current one included; P counts those ended,
 * as one number of deliveries or as TPAL (term, preterm, abortions, living children). When the ended pregnancies add up
 * to G ('44 yo G2P2002' in a gynecologic operative note), every pregnancy is over: the notation tells her obstetric
 * history, not that she is pregnant now.
 */
const NOTATION = /^G(\d{1,2})\s*P(\d)(\d)?(\d)?(\d)?$/i;

/** Whether the gravida/para words say a pregnancy is still under way; true for words that are not the notation. */
export function gravidaParaPregnant(words: string): boolean {
  const m = NOTATION.exec(words.trim());
  if (!m) return true;
  const gravida = Number(m[1]);
  // TPAL: term + preterm + abortions are the pregnancies ended (living children are not pregnancies).
  const ended = m[4] !== undefined ? Number(m[2]) + Number(m[3]) + Number(m[4]) : Number(m[2]);
  return gravida > ended;
}
