import { formatCode, normalizeCode } from '../codeset/format';
import { validOn } from '../codeset/fiscal-year';
import type { TabularList } from '../codeset/tabular';
import type { ClaimCode } from '../engine-types';
import { CodeTableView } from '../search/code-table-view';
import { lookupCode } from '../search/code-lookup';
import type { CodeTable, Prompt } from '../types';
import { notesOf, relationPrompts } from './code-rules';
import { integralPrompt } from './integral-symptoms';

export interface ClaimContext {
  tables: CodeTable[];
  tabular: TabularList | undefined;
  /** ISO date of service; validity is checked against it when given. */
  dateOfService?: string;
}

/**
 * Checks an ordered claim list, one list of prompts per code: not a code, header not billable, 7th character or
 * placeholder X missing, not valid on the date of service, Excludes1 pairs, code-first order, use-additional partners,
 * a symptom listed beside the disease it is part of.
 */
export function checkClaim(claim: ClaimCode[], context: ClaimContext): Prompt[][] {
  const cmCodes = claim.filter((c) => c.set === 'icd10cm').map((c) => normalizeCode(c.code));
  const cmTable = newest(context.tables, 'icd10cm');
  return claim.map((item) => {
    const code = normalizeCode(item.code);
    const table = newest(context.tables, item.set);
    if (!table) return [{ kind: 'validity', message: `No ${item.set} code set is loaded, so ${item.code} cannot be checked` }];
    const view = new CodeTableView(table);
    const prompts: Prompt[] = [];
    const lookup = lookupCode(view, code, 5);
    if (lookup.problem) prompts.push({ kind: lookup.problem.includes('7th') || lookup.problem.includes('placeholder') ? 'seventhCharacter' : 'header', message: lookup.problem });
    if (context.dateOfService && item.set === 'icd10cm') {
      const validity = validOn(code, context.dateOfService, context.tables, [], 'icd10cm');
      if (validity.valid === false) prompts.push({ kind: 'validity', message: `${formatCode('icd10cm', code)} is not valid on ${context.dateOfService}: ${validity.basis}` });
      else if (validity.notice) prompts.push({ kind: 'validity', message: validity.notice });
    }
    if (item.set === 'icd10cm' && cmTable) {
      const others = cmCodes.filter((c) => c !== code);
      prompts.push(...relationPrompts(notesOf(code, context.tabular), others, cmCodes.indexOf(code), cmCodes), ...integralPrompt(code, others));
    }
    return prompts;
  });
}

function newest(tables: CodeTable[], system: string): CodeTable | undefined {
  return tables.filter((t) => t.system === system).sort((a, b) => b.year - a.year)[0];
}
