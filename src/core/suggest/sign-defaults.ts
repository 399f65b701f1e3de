/**
 * Index main terms of symptoms and signs (chapter 18, R00-R99) whose code the titles do not name in the chart's
 * words: each phrase brings the code the Alphabetic Index gives it. Joined into INDEX_DEFAULTS (index-defaults.ts),
 * whose test checks every code against the FY2026 order file.
 */
export const SIGN_DEFAULTS: readonly [phrase: string, code: string][] = [
  // 'Hyperreflexia R29.2' (Abnormal reflex); 'Clonus R25.8'; 'Hypoventilation R06.89'.
  ['hyperreflexia', 'R292'], ['clonus', 'R258'], ['hypoventilation', 'R0689'],
  // 'Numbness R20.0'; 'Tingling sensation (skin) R20.2'; 'Dysesthesia R20.8'.
  ['numbness', 'R200'], ['tingling', 'R202'], ['dysesthesia', 'R208'],
  // 'Ecchymosis R58' (spontaneous R23.3, petechiae R23.3); 'Anasarca R60.1'; 'Meteorism R14.0'.
  ['ecchymosis', 'R58'], ['ecchymoses', 'R58'], ['anasarca', 'R601'], ['meteorism', 'R140'],
  // 'Gait abnormality, unsteadiness R26.81'; 'Difficulty, walking R26.2' (sign-words.ts reads the chart's wordings).
  ['unsteadiness on feet', 'R2681'], ['difficulty in walking', 'R262'],
  // 'Areflexia R29.2'; 'Rigidity, nuchal R29.1'; 'Bradypnea R06.89'; 'Hyperthermia (of unknown origin) R50.9'.
  ['areflexia', 'R292'], ['nuchal rigidity', 'R291'], ['bradypnea', 'R0689'], ['hyperthermia', 'R509'],
  // 'Dyspraxia R27.8', 'Dysdiadochokinesia R27.8' (Other lack of coordination); 'Singultus R06.6' (Hiccough).
  ['dyspraxia', 'R278'], ['dysdiadochokinesia', 'R278'], ['singultus', 'R066'],
  // 'Purpura, thrombocytopenic D69.49' (idiopathic and immune D69.3, thrombotic M31.1-): not the nonthrombocytopenic
  // D69.2 of 'Purpura' alone.
  ['thrombocytopenic purpura', 'D6949'], ['autoimmune thrombocytopenic purpura', 'D693'],
];
