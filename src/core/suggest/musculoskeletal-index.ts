/**
 * Alphabetic Index entries of the musculoskeletal system (M00-M99) whose code the titles word otherwise: 'Pain,
 * musculoskeletal M79.18', 'Pain, joint, ankle M25.57-' (the title adds 'and joints of foot'), 'Stenosis, spinal,
 * lumbar region M48.06-' as notes write it ('lumbar canal stenosis'). Codes leave the side unspecified; it is refined
 * from the text. Joined to INDEX_DEFAULTS, whose test checks each code against the FY2026 set.
 */
export const MUSCULOSKELETAL_INDEX: readonly [phrase: string, code: string][] = [
  // 'Myalgia, mastication muscle M79.11'; 'Pain, musculoskeletal M79.18'. (The bare 'muscle pain', 'Pain, muscle - see
  // Myalgia', is left to the titles: the two words are read apart in a sentence, 'pain ... recovery of muscle'.)
  ['musculoskeletal pain', 'M7918'],
  // 'Osteomyelitis, acute (or chronic), ankle / foot M86.17- (M86.67-), tibia and fibula M86.16- (M86.66-), radius and
  // ulna M86.13- (M86.63-)': the titles' 'Other acute osteomyelitis, ankle and foot' name both bones, charts one.
  ['acute osteomyelitis of foot', 'M86179'], ['acute osteomyelitis of ankle', 'M86179'],
  ['acute osteomyelitis of toe', 'M86179'], ['acute osteomyelitis of heel', 'M86179'],
  ['acute osteomyelitis of tibia', 'M86169'], ['acute osteomyelitis of fibula', 'M86169'],
  ['acute osteomyelitis of radius', 'M86139'], ['acute osteomyelitis of ulna', 'M86139'],
  ['chronic osteomyelitis of foot', 'M86679'], ['chronic osteomyelitis of ankle', 'M86679'],
  ['chronic osteomyelitis of toe', 'M86679'], ['chronic osteomyelitis of heel', 'M86679'],
  ['chronic osteomyelitis of tibia', 'M86669'], ['chronic osteomyelitis of fibula', 'M86669'],
  ['chronic osteomyelitis of radius', 'M86639'], ['chronic osteomyelitis of ulna', 'M86639'],
  ['masticatory muscle pain', 'M7911'], ['pain of the masticatory muscles', 'M7911'],
  // 'Pain, joint, ankle M25.57-'.
  ['ankle pain', 'M25579'], ['pain in the ankle', 'M25579'],
  // 'Stenosis, spinal (canal), cervical region M48.02, lumbar region M48.06-' (without neurogenic claudication unless
  // written); 'Pain, lumbosacral - see Pain, low back' (M54.5-).
  ['lumbar canal stenosis', 'M48061'], ['cervical canal stenosis', 'M4802'], ['narrow lumbar canal', 'M48061'],
  ['lumbosacral pain', 'M5450'],
  // 'Arthralgia (see also Pain, joint) M25.50': a joint named beside it is 'Pain, joint, knee M25.56-', shoulder
  // M25.51-, elbow M25.52-, wrist M25.53-, hand M25.54-, hip M25.55-, ankle M25.57-.
  ['knee arthralgia', 'M25569'], ['shoulder arthralgia', 'M25519'], ['elbow arthralgia', 'M25529'],
  ['wrist arthralgia', 'M25539'], ['hand arthralgia', 'M25549'], ['hip arthralgia', 'M25559'], ['ankle arthralgia', 'M25579'],
  // 'Arthrosis, spine - see Spondylosis' (M47.81-, without myelopathy or radiculopathy, by region); 'Osteoarthritis,
  // spine - see Spondylosis'.
  ['spinal arthrosis', 'M47819'], ['vertebral arthrosis', 'M47819'], ['cervical arthrosis', 'M47812'],
  ['thoracic arthrosis', 'M47814'], ['thoracolumbar arthrosis', 'M47815'], ['lumbar arthrosis', 'M47816'],
  ['lumbosacral arthrosis', 'M47817'], ['spinal osteoarthritis', 'M47819'], ['cervical osteoarthritis', 'M47812'],
  ['lumbar osteoarthritis', 'M47816'],
  // 'Discitis M46.40', by region (M46.4-): a spondylodiscitis is the disc's inflammation with its vertebrae'.
  ['spondylodiscitis', 'M4640'], ['cervical spondylodiscitis', 'M4642'], ['thoracic spondylodiscitis', 'M4644'],
  ['thoracolumbar spondylodiscitis', 'M4645'], ['lumbar spondylodiscitis', 'M4646'], ['lumbosacral spondylodiscitis', 'M4647'],
  // Jaws and face: 'Micrognathia, micrognathism (congenital) (mandibular) (maxillary) M26.09'; 'Openbite (anterior)
  // M26.220'; 'Deformity, face (acquired) M95.2; nose (acquired) M95.0'.
  ['micrognathia', 'M2609'], ['micrognathism', 'M2609'], ['open bite', 'M26220'], ['anterior open bite', 'M26220'],
  ['facial deformity', 'M952'], ['deformity of the face', 'M952'], ['cheek deformity', 'M952'],
  ['nasal deformity', 'M950'], ['deformity of the nose', 'M950'], ['nasal pyramid deformity', 'M950'],
  // 'Ankylosis (fibrous) (osseous) (joint) M24.60' (a joint named is the title's); 'Scleroderma (diffuse)
  // (generalized) (progressive) M34.9'; 'Coccygodynia, coccydynia M53.3'.
  ['ankylosis', 'M2460'], ['scleroderma', 'M349'], ['coccydynia', 'M533'], ['coccygodynia', 'M533'],
  // 'Arthritis, gouty - see Gout' and 'Gout, gouty (acute) (attack) (flare) M10.9': the adjective names the gout, not
  // an osteoarthritis (M19.90, the bare 'arthritis'). 'Tophi (gouty) - see Gout, chronic'; 'Gout, chronic M1A.9-',
  // the 7th character 1 with tophus.
  ['gouty arthritis', 'M109'], ['gouty arthropathy', 'M109'], ['gouty attack', 'M109'],
  ['tophaceous gout', 'M1A9XX1'], ['gouty tophi', 'M1A9XX1'], ['gouty tophus', 'M1A9XX1'], ['chronic gout', 'M1A9XX0'],
  ['chronic gout with tophi', 'M1A9XX1'], ['chronic tophaceous gout', 'M1A9XX1'],
];
