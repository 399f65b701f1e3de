/**
 * Social determinants of health (Z55-Z65) in the words of a social history. Guidelines I.B.14: these codes may be
 * assigned from any clinician's documentation (a nurse's, a social worker's), and homelessness is a secondary diagnosis
 * that changes the severity of a stay (a CC in the MS-DRGs since FY2024), so a coder expects them offered. Each is the
 * Alphabetic Index's entry for the words ('Homelessness Z59.0-', 'Unemployment Z56.0', 'Isolation, social Z60.4',
 * 'Imprisonment Z65.1', 'Illiteracy Z55.0', 'Insecurity, financial Z59.86-', 'Insecurity, transportation Z59.82').
 * 'Incarcerated' is left out: a chart says it of hernias.
 */
export const SOCIAL_INDEX: readonly [phrase: string, code: string][] = [
  ['homeless', 'Z5900'], ['homelessness', 'Z5900'],
  ['sheltered homelessness', 'Z5901'], ['homeless shelter', 'Z5901'], ['lives in a shelter', 'Z5901'], ['living in a shelter', 'Z5901'],
  ['unsheltered homelessness', 'Z5902'], ['lives on the street', 'Z5902'], ['living on the street', 'Z5902'], ['sleeps on the street', 'Z5902'],
  ['lives alone', 'Z602'], ['living alone', 'Z602'],
  ['unemployed', 'Z560'], ['unemployment', 'Z560'],
  ['social isolation', 'Z604'], ['socially isolated', 'Z604'],
  ['imprisonment', 'Z651'], ['in prison', 'Z651'], ['prison inmate', 'Z651'],
  ['illiteracy', 'Z550'], ['illiterate', 'Z550'], ['low literacy', 'Z550'],
  ['financial insecurity', 'Z59869'], ['financial hardship', 'Z59869'], ['difficulty paying for utilities', 'Z59861'],
  ['transportation insecurity', 'Z5982'], ['lack of transportation', 'Z5982'],
  ['inadequate housing', 'Z5910'],
];
