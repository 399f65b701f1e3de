/**
 * Mechanical complications of devices other than joints and catheters (prosthetic-joint.ts, device-infection.ts), as
 * the Index words them and notes write them: 'Complication, ventricular (communicating) shunt, mechanical,
 * obstruction T85.09' (a malfunctioning or blocked VP shunt; displacement T85.02, infection T85.730); 'Complication,
 * gastrostomy, malfunction K94.23; infection K94.22' (a dislodged or blocked PEG or G-tube); 'Complication, vascular,
 * graft, thrombosis T82.868' (a clotted dialysis graft); 'Complication, breast implant, capsular contracture T85.44'.
 * Joined to INDEX_DEFAULTS, whose test checks each code.
 */
export const DEVICE_COMPLICATION_INDEX: readonly [phrase: string, code: string][] = [
  ['vp shunt malfunction', 'T8509XA'], ['malfunctioning vp shunt', 'T8509XA'], ['vp shunt obstruction', 'T8509XA'],
  ['ventriculoperitoneal shunt malfunction', 'T8509XA'], ['ventriculoperitoneal shunt obstruction', 'T8509XA'],
  ['obstructed vp shunt', 'T8509XA'], ['vp shunt failure', 'T8509XA'], ['disconnected vp shunt', 'T8501XA'],
  ['vp shunt infection', 'T85730A'], ['infected vp shunt', 'T85730A'],
  ['peg tube malfunction', 'K9423'], ['dislodged peg tube', 'K9423'], ['displaced peg tube', 'K9423'], ['clogged peg tube', 'K9423'],
  ['g tube malfunction', 'K9423'], ['dislodged g tube', 'K9423'], ['gastrostomy tube malfunction', 'K9423'],
  ['dislodged gastrostomy tube', 'K9423'], ['clogged g tube', 'K9423'], ['peg site infection', 'K9422'], ['gastrostomy site infection', 'K9422'],
  ['thrombosed av graft', 'T82868A'], ['av graft thrombosis', 'T82868A'], ['clotted av graft', 'T82868A'],
  ['thrombosis of av graft', 'T82868A'], ['thrombosed arteriovenous graft', 'T82868A'],
  ['capsular contracture of breast implant', 'T8544XA'], ['breast implant capsular contracture', 'T8544XA'],
];
