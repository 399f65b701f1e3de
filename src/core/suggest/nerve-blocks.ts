import type { CodeTableView } from '../search/code-table-view';

/**
 * Nerve blocks as notes name them, with the ICD-10-PCS code a coder gives: Introduction (3E0) of an Anesthetic Agent
 * (B) through the skin (3) into the nerves the block reaches. The PCS body parts: Peripheral Nerves and Plexi (T) for
 * the spinal nerves, their plexuses and the sympathetic chain ('stellate ganglion' is a Head and Neck Sympathetic
 * Nerve, the celiac plexus an Abdominal Sympathetic Nerve, both peripheral nerves in PCS); Cranial Nerves (X) for the
 * trigeminal nerve and its branches; the Epidural Space (S) for an epidural injection. The anesthesia an operation is
 * done under ('under spinal anesthesia') is not coded: only the block named as done.
 */
export const NERVE_BLOCKS: readonly [phrase: string, code: string][] = [
  ['nerve block', '3E0T3BZ'], ['nerve blocks', '3E0T3BZ'], ['peripheral nerve block', '3E0T3BZ'],
  ['plexus block', '3E0T3BZ'], ['brachial plexus block', '3E0T3BZ'], ['interscalene block', '3E0T3BZ'],
  ['supraclavicular block', '3E0T3BZ'], ['infraclavicular block', '3E0T3BZ'], ['femoral nerve block', '3E0T3BZ'],
  ['sciatic nerve block', '3E0T3BZ'], ['popliteal block', '3E0T3BZ'], ['adductor canal block', '3E0T3BZ'],
  ['intercostal nerve block', '3E0T3BZ'], ['ilioinguinal nerve block', '3E0T3BZ'], ['occipital nerve block', '3E0T3BZ'],
  ['stellate ganglion block', '3E0T3BZ'], ['celiac plexus block', '3E0T3BZ'], ['lumbar sympathetic block', '3E0T3BZ'],
  ['trigeminal nerve block', '3E0X3BZ'], ['infraorbital nerve block', '3E0X3BZ'], ['supraorbital nerve block', '3E0X3BZ'],
  ['maxillary nerve block', '3E0X3BZ'], ['mandibular nerve block', '3E0X3BZ'],
  // A plexus destroyed with alcohol or phenol for cancer pain: Introduction of a Destructive Agent (3E0T3TZ).
  ['celiac plexus neurolysis', '3E0T3TZ'],
  // The steroid is the therapeutic substance of an epidural steroid injection: Anti-inflammatory (3), 3E0S33Z.
  ['epidural steroid injection', '3E0S33Z'], ['epidural steroid injections', '3E0S33Z'], ['epidural block', '3E0S3BZ'],
];

/** A corticosteroid named in the block's clause ('occipital nerve block with triamcinolone and lidocaine'). */
const STEROID = /\b(?:steroids?|corticosteroids?|triamcinolone|methylprednisolone|dexamethasone|betamethasone|kenalog|depo-?medrol)\b/i;
/** A nerve destroyed, not numbed: 'celiac plexus neurolysis with alcohol', 'phenol block'. */
const DESTRUCTIVE = /\b(?:neurolys[ie]s|neurolytic|(?:absolute|dehydrated|with) (?:alcohol|ethanol)|phenol)\b/i;

/**
 * A nerve block (3E0T, 3E0X, 3E0S with the Anesthetic Agent) with the substance its clause names: a steroid makes it
 * the Anti-inflammatory's code (3), a neurolytic agent the Destructive Agent's (T). Only where the table has the code.
 */
export function withBlockSubstance(view: CodeTableView, i: number, clause: string): number {
  const code = view.table.codes[i]!;
  if (!/^3E0[TXS]3B/.test(code)) return i;
  const substance = DESTRUCTIVE.test(clause) ? 'T' : STEROID.test(clause) ? '3' : undefined;
  return substance ? (view.indexOf(`${code.slice(0, 5)}${substance}Z`) ?? i) : i;
}

/** The line that gives an operation's anesthesia ('ANESTHESIA: Spinal with adductor canal block.'). */
const ANESTHESIA_LINE = /(?:^|\n)[ \t]*(?:anesthesia|anaesthesia|anesthetic|anaesthetic)(?: type)?[ \t]*:[^\n]*$/i;
/** A block the operation was done under ('under a left interscalene block'). */
const UNDER = /\bunder\s+(?:(?:a|an|the|regional|ultrasound-guided|ultrasound guided|right|left|bilateral)\s+)*$/i;

/**
 * A nerve block given as the anesthesia of the operation the note reports, on its Anesthesia line or as what the
 * operation was done under: the anesthesiologist's technique, not a procedure of its own, and not coded.
 */
export function isOperationAnesthesia(code: string, text: string, start: number): boolean {
  if (!/^3E0[RSTX]/.test(code)) return false;
  const before = text.slice(Math.max(0, start - 200), start);
  return ANESTHESIA_LINE.test(before) || UNDER.test(before.slice(-60));
}
