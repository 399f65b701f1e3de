import type { CodeTableView } from '../search/code-table-view';
import type { Finding } from './assemble';

/** The limb a title leaves unspecified after a comma: 'at lower leg level, unspecified leg', '..., unspecified foot'. */
const UNSPECIFIED_LIMB = /, unspecified (arm|leg|foot|hand|thigh|shoulder|wrist|ankle)\b/i;
/** The side said of a limb after a comma closing the finding's words: '..., left leg', ', on the right foot'. */
const TRAILING_SIDE = /^[^.;]{0,60}?,\s*(?:(?:on|of|in)\s+)?(?:the\s+)?(right|left)\s+(arm|leg|foot|hand|thigh|shoulder|wrist|ankle)\b/i;

/**
 * The side of an injury said after the finding, as the Tabular writes its limb ('Laceration of muscle(s) and
 * tendon(s) of peroneal muscle group at lower leg level, right leg'): the limb's word is often read at the level's
 * ('lower leg level'), so the finding's words end before the side, which the side rule reads only up to a comma.
 * The limb after the comma must be the title's own ('..., unspecified leg' and 'right leg').
 */
export function withTrailingLimbSide(view: CodeTableView, f: Finding, text: string) {
  if (f.code[0] !== 'S' || f.code.length !== 7) return undefined;
  const i = view.indexOf(f.code);
  const title = i === undefined ? '' : view.table.titles[i]!;
  const limb = UNSPECIFIED_LIMB.exec(title);
  if (!limb) return undefined;
  const said = f.evidence.map((e) => TRAILING_SIDE.exec(text.slice(e.end, e.end + 120))).find((m) => m && m[2]!.toLowerCase() === limb[1]!.toLowerCase());
  if (!said) return undefined;
  const wanted = title.replace(limb[0], `, ${said[1]!.toLowerCase()} ${limb[1]}`);
  const category = view.indexOf(f.code.slice(0, 3));
  const match = category === undefined ? undefined : view.descendants(category).find((k) => view.table.titles[k] === wanted);
  return match === undefined ? undefined : { code: view.table.codes[match]!, note: `${said[1]!.toLowerCase()} ${limb[1]}, as documented` };
}
