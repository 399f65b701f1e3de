/**
 * Alphabetic Index entries of the eye and its adnexa whose code the titles word otherwise: the Index's main term is
 * what charts write ('Detachment, retina', 'Hole, macular', 'Neuropathy, optic'), the title another ('Serous retinal
 * detachment', 'Macular cyst, hole, or pseudohole', 'Unspecified optic neuritis'). Each code is the unspecified eye's;
 * the side is refined from the text. Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const EYE_INDEX: readonly [phrase: string, code: string][] = [
  // 'Detachment, retina (without retinal break) (serous) H33.2-'; 'traction H33.4-' ('tractional' in translated notes).
  ['retinal detachment', 'H3320'], ['detachment of the retina', 'H3320'],
  ['tractional retinal detachment', 'H3340'], ['traction retinal detachment', 'H3340'],
  // 'Edema, orbit H05.22-' (the title says 'Edema of orbit'; charts, 'orbital edema').
  ['orbital edema', 'H05229'], ['orbital oedema', 'H05229'],
  // 'Hole, macular H35.34-'.
  ['macular hole', 'H35349'], ['hole of the macula', 'H35349'],
  // 'Hemorrhage, vitreous (humor) (intraocular) H43.1-': 'intravitreal', and the Spanish 'hemovítreo' as translated.
  ['intravitreal hemorrhage', 'H4310'], ['intravitreous hemorrhage', 'H4310'], ['hemovitreous', 'H4310'],
  // 'Hemorrhage, retina, retinal (vessels) H35.6-': the layers of the retina a fundus names the bleed by (subretinal,
  // intraretinal, preretinal) and the macula, the retina's center ('macular hemorrhage' is no hemorrhage NEC, R58).
  ['macular hemorrhage', 'H3560'], ['subretinal hemorrhage', 'H3560'], ['intraretinal hemorrhage', 'H3560'],
  ['preretinal hemorrhage', 'H3560'],
  // 'Neuropathy, optic (nerve) - see also Neuritis, optic' (H46.9); ischemic has its own (H47.01-), already a title.
  ['optic neuropathy', 'H469'], ['optic nerve neuropathy', 'H469'],
  // 'Photopsia H53.19'; 'Floater, vitreous - see Opacity, vitreous' (H43.39-).
  // 'Paralysis, nerve, third or oculomotor H49.0-, fourth or trochlear H49.1-, sixth or abducent H49.2-' ('Paresis -
  // see also Paralysis'; the titles say 'palsy').
  ['third nerve paralysis', 'H4900'], ['fourth nerve paralysis', 'H4910'], ['sixth nerve paralysis', 'H4920'],
  // 'Strabismus, convergent - see Esotropia' (H50.00), 'divergent - see Exotropia' (H50.10); 'endotropia' is the
  // Spanish 'endotropía', esotropia.
  ['convergent strabismus', 'H5000'], ['divergent strabismus', 'H5010'], ['endotropia', 'H5000'],
  // 'Watering (eyes) - see Epiphora' (H04.20-).
  ['watering eye', 'H04209'], ['watery eye', 'H04209'],
  // 'Leukoma (cornea) - see also Opacity, cornea' (H17.9), 'interfering with central vision - see Opacity, cornea,
  // central' (H17.1-); 'Scar, cornea H17.9'.
  ['leukoma', 'H179'], ['corneal leukoma', 'H179'], ['central leukoma', 'H1710'], ['central corneal leukoma', 'H1710'],
  ['corneal scar', 'H179'],
  ['photopsia', 'H5319'], ['photopsias', 'H5319'], ['floaters', 'H43399'], ['vitreous floaters', 'H43399'],
  // 'Cataract, senile, cortical H25.01-': an adult's cortical cataract is the age-related one the exam grades.
  ['cortical cataract', 'H25019'], ['age-related cortical cataract', 'H25019'],
  ['posterior subcapsular cataract', 'H25049'], ['psc cataract', 'H25049'],
  // 'Abrasion, cornea - see Injury, eye, conjunctiva' (S05.0-); 'Pseudophakia Z96.1'.
  ['corneal abrasion', 'S0500XA'], ['abrasion of the cornea', 'S0500XA'], ['pseudophakia', 'Z961'],
  // 'Conjunctivitis, allergic (acute) - see Conjunctivitis, acute, atopic' (H10.1-), not an allergy of no site (T78.40).
  ['allergic conjunctivitis', 'H1010'], ['acute allergic conjunctivitis', 'H1010'],
  // 'Glaucoma, borderline, open angle with borderline findings H40.01-' (low risk where no risk is said): a suspect of
  // open-angle glaucoma is not the glaucoma itself (H40.10X-).
  ['open angle glaucoma suspect', 'H40019'], ['open-angle glaucoma suspect', 'H40019'],
];
