/**
 * The echocardiogram's valve lesions as cardiology notes abbreviate them after a grade: 'severe AS', 'moderate MR',
 * 'mild-moderate TR'. The letters alone are read only in capitals (abbreviation-data.ts: 'AS' is also ankylosing
 * spondylitis, 'MR' an MRI's letters), which a chart's reading does not see; after a grade they can only be the
 * valve ('severe MS' may still be a multiple sclerosis, so not MS). The phrase reads as the lesion alone: the grade
 * changes no code, and an expansion's words must all be the matched title's. Trace and trivial regurgitation are left
 * out: the echo's normal finding, no diagnosis.
 */
const VALVES: Record<string, string> = {
  as: 'aortic stenosis', ar: 'aortic regurgitation', ai: 'aortic insufficiency', mr: 'mitral regurgitation',
  tr: 'tricuspid regurgitation',
};
const GRADES = ['mild', 'moderate', 'severe', 'critical', 'significant', 'mild to moderate', 'moderate to severe', 'mild moderate', 'moderate severe', 'moderately severe'];

export const VALVE_SYNONYMS: Record<string, string> = {
  ...Object.fromEntries(GRADES.flatMap((grade) => Object.entries(VALVES).map(([letters, lesion]) => [`${grade} ${letters}`, lesion]))),
  // 'Aortic valvular disease' is the valve's ('Disease, aortic (heart) (valve) I35.9', titled 'aortic valve disorder').
  valvular: 'valve',
};
