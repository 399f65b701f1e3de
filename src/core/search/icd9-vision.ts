/**
 * ICD-9's levels of vision impairment (369) in ICD-10-CM's categories of visual impairment (the table at H54):
 * moderate is low vision category 1, severe low vision category 2, profound blindness category 3, near-total
 * category 4, total category 5. ICD-9 names the better and the lesser eye; ICD-10-CM names the pair (blindness of
 * both eyes H54.0-, blindness of one eye with low vision of the other H54.1-, low vision of both eyes H54.2-) and
 * the sides, which ICD-9 does not give.
 */
type Level = { blind: boolean; category?: number } | undefined;

/** The level an ICD-9 phrase names; undefined for 'not further specified'. Near-total before total. */
function levelOf(phrase: string): Level {
  if (/\bnear-total\b/i.test(phrase)) return { blind: true, category: 4 };
  if (/\btotal\b/i.test(phrase)) return { blind: true, category: 5 };
  if (/\bprofound\b/i.test(phrase)) return { blind: true, category: 3 };
  if (/\bblind\b/i.test(phrase)) return { blind: true };
  if (/\bsevere\b/i.test(phrase)) return { blind: false, category: 2 };
  if (/\bmoderate\b/i.test(phrase)) return { blind: false, category: 1 };
  return undefined;
}

const EYE_PAIR = /^\s*better eye:\s*([^;]+);\s*lesser eye:\s*(.+)$/i;
const ONE_EYE = /^\s*one eye:\s*([^;]+);\s*other eye:\s*(.+)$/i;

/**
 * 'Better eye: severe vision impairment; lesser eye: blind' in ICD-10-CM's words ('blindness, one eye, low vision
 * other eye'); the categories only when both eyes have one, as each ICD-10-CM code names both. The lesser eye is
 * at least as impaired as the better, so a better eye's blindness is blindness of both eyes, and a better eye's low
 * vision beside an unstated lesser eye (ICD-9 369.2-, moderate or severe impairment of both eyes) low vision of both.
 * Other text unchanged.
 */
export function visionWording(text: string): string {
  const pair = EYE_PAIR.exec(text);
  if (pair) {
    const better = levelOf(pair[1]!);
    const lesser = levelOf(pair[2]!);
    if (!better) return text;
    const kind = better.blind ? 'blindness, both eyes' : lesser?.blind ? 'blindness, one eye, low vision other eye' : 'low vision, both eyes';
    const categories = better.category && lesser?.category ? ` category ${better.category}, category ${lesser.category}` : '';
    return kind + categories;
  }
  const one = ONE_EYE.exec(text);
  if (one) {
    const level = levelOf(one[1]!);
    if (level) return level.blind ? 'blindness, one eye' : 'low vision, one eye';
  }
  return text;
}
