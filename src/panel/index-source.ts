/** Which file of the Alphabetic Index family an entry comes from, as the coder should see it: "Table of Drugs FY2025". */
const PART_NAMES: Record<string, string> = {
  index: 'Alphabetic Index',
  eindex: 'External Cause Index',
  drug: 'Table of Drugs',
  neoplasm: 'Table of Neoplasms',
};

export function indexSourceLabel(part: string, year: number): string {
  return `${PART_NAMES[part] ?? part} FY${year}`;
}
