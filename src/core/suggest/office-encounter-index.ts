/**
 * Office encounters by the words a visit's reason is written in, the Alphabetic Index's subterms the Tabular titles
 * do not say that way: 'Examination, preprocedural (preoperative) Z01.818', 'Examination, eye Z01.00', 'ear Z01.10',
 * 'dental Z01.20', 'gynecological Z01.419, with abnormal findings Z01.411', 'Follow-up (examination) (routine)
 * (following) ... treatment (for) ... condition NEC Z09', 'Monitoring, therapeutic drug level Z51.81', 'Screening
 * (for) diabetes mellitus Z13.1, depression Z13.31', 'Admission (for) ... contraceptive management, counseling
 * Z30.09; intrauterine device insertion Z30.430, removal Z30.432', 'Aftercare, joint replacement Z47.1'.
 * A screening written without 'Encounter for' otherwise reads only as the hypothetical disease, set aside.
 * Joined to INDEX_DEFAULTS, whose test checks each code and that the words alone bring it first.
 */
export const OFFICE_ENCOUNTER_INDEX: readonly [phrase: string, code: string][] = [
  ['preop exam', 'Z01818'], ['preoperative exam', 'Z01818'], ['preoperative examination', 'Z01818'],
  ['preop evaluation', 'Z01818'], ['preoperative evaluation', 'Z01818'], ['preop clearance', 'Z01818'],
  ['preoperative clearance', 'Z01818'], ['surgical clearance', 'Z01818'],
  ['eye exam', 'Z0100'], ['routine eye exam', 'Z0100'], ['hearing exam', 'Z0110'], ['hearing screen', 'Z0110'],
  ['dental exam', 'Z0120'],
  ['well woman exam', 'Z01419'], ['well woman visit', 'Z01419'], ['gyn exam', 'Z01419'], ['gynecological exam', 'Z01419'],
  ['annual gyn exam', 'Z01419'], ['routine gyn exam', 'Z01419'], ['annual gynecological exam', 'Z01419'],
  ['gyn exam with abnormal findings', 'Z01411'], ['gynecological exam with abnormal findings', 'Z01411'],
  ['well woman exam with abnormal findings', 'Z01411'], ['annual gynecological exam with abnormal findings', 'Z01411'],
  ['well adult exam', 'Z0000'], ['well adult exam with abnormal findings', 'Z0001'],
  ['follow-up exam after completed treatment', 'Z09'], ['follow up exam after completed treatment', 'Z09'],
  ['follow-up examination after completed treatment', 'Z09'],
  ['therapeutic drug level monitoring', 'Z5181'], ['therapeutic drug monitoring', 'Z5181'],
  ['drug level monitoring', 'Z5181'],
  ['screening for diabetes', 'Z131'], ['screening for diabetes mellitus', 'Z131'], ['diabetes screening', 'Z131'],
  ['screening for depression', 'Z1331'], ['depression screening', 'Z1331'],
  ['contraceptive counseling', 'Z3009'], ['contraception counseling', 'Z3009'], ['counseling on contraception', 'Z3009'],
  ['iud insertion', 'Z30430'], ['insertion of iud', 'Z30430'], ['iud placement', 'Z30430'], ['placement of iud', 'Z30430'],
  ['iud removal', 'Z30432'], ['removal of iud', 'Z30432'],
  // 'Checking, intrauterine contraceptive device Z30.431'; 'Surveillance, contraceptive, injectable Z30.42' (the
  // repeat Depo-Provera shot); 'Prescription of contraceptives, implantable subdermal Z30.017' (Nexplanon placed).
  ['iud check', 'Z30431'], ['surveillance of iud', 'Z30431'], ['depo-provera injection', 'Z3042'],
  ['depo provera injection', 'Z3042'], ['nexplanon insertion', 'Z30017'], ['nexplanon placement', 'Z30017'],
  // 'Removal, internal fixation device Z47.2' (orthopedic hardware).
  ['removal of orthopedic hardware', 'Z472'], ['orthopedic hardware removal', 'Z472'],
  ['aftercare following hip replacement', 'Z471'], ['aftercare following knee replacement', 'Z471'],
  ['aftercare following shoulder replacement', 'Z471'],
];
