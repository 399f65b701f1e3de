/**
 * Titles whose 'secondary' is a stage, a spread or a time, not a cause: secondary malignant neoplasms (C77-C79, C7B),
 * delayed and secondary postpartum hemorrhage (O72.2, a bleed after the first day), secondary syphilis (A51.3-A51.4),
 * secondary amenorrhea (N91.1). Elsewhere 'X secondary to Y' does name the secondary kind ('hypertension secondary to
 * renal artery stenosis' is I15.0, 'hyperparathyroidism secondary to CKD' N25.81).
 */
const NOT_A_CAUSE = /^(?:C7[7-9]|C7B|O722|A51[34]|N911)/;
const SECONDARY_TO = /\bsecondary\s+to\b/i;
const SECONDARY_ALONE = /\bsecondar(?:y|ies)\b(?!\s+to\b)|\bmetasta/i;

/**
 * Whether a reading of the words start..end takes its 'secondary' from 'secondary to', which says what caused the
 * finding ('postpartum hemorrhage secondary to uterine atony' is O72.1, not O72.2), or its site from the primary
 * before 'with metastases to' (SPREAD_ELSEWHERE).
 */
export function takesSecondaryTo(code: string, text: string, start: number, end: number): boolean {
  if (LINK_FIRST.test(text.slice(start, end))) return true;
  if (!NOT_A_CAUSE.test(code)) return false;
  const words = text.slice(start, Math.min(text.length, end + 4));
  return (
    (SECONDARY_TO.test(words) && !SECONDARY_ALONE.test(words)) ||
    (SECONDARY_SITE.test(code) && (SPREAD_ELSEWHERE.test(words) || SECONDARY_NEXT.test(text.slice(start, end))))
  );
}

/**
 * A reading that starts on the 'secondary' of 'secondary to' takes the link for a kind of what follows it: in
 * 'thrombocytopenia secondary to portal hypertension' the hypertension is the cause, no secondary hypertension (I15.9);
 * a secondary kind is written 'X secondary to Y' or 'secondary X'.
 */
const LINK_FIRST = /^secondary\s+to\b/i;
const SECONDARY_SITE = /^C7[7-9]/;
/**
 * 'Adenocarcinoma of the left upper lobe lung with metastases to liver and bone': the site before 'with metastases
 * to' is the primary's, the metastases are where 'to' sends them (C78.7, C79.51), not a secondary of the lung (C78.02).
 */
const SPREAD_ELSEWHERE = /^\W*\w[^]*?\bwith\s+(?:\w+\s+){0,2}?metasta\w*\s+(?:to|in|into)\b/i;
/**
 * 'Malignant neoplasm of rectum with secondary malignant neoplasm of liver', as US diagnosis statements word it: a
 * reading that ends at the 'secondary' after the primary's 'with' takes the primary's site for the secondary that
 * starts there (C78.5 of the rectum); the secondary is the liver's (C78.7), the rectum the primary (C20).
 */
const SECONDARY_NEXT = /^\W*\w[^]*?\bwith\s+(?:\w+\s+){0,2}?secondar(?:y|ies)\W*$/i;
