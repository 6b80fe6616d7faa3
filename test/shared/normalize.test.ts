// Normalization of real credentials (OB 3.0, CLR 2.0, ELM) into the wallet's record, tolerant of odd input.
import { describe, expect, it } from 'vitest';
import { NormalizedCredentialSchema } from '../../src-shared/credential';
import { describeUnreadable, normalizeAll, normalizeCredential, readableTypeName } from '../../src-shared/normalize';
import { readSampleJson } from '../helpers/samples';

describe('normalizeCredential on real samples', () => {
  it('reads the OB 3.0 spec example (VC 2.0, issuer object)', () => {
    const n = normalizeCredential(readSampleJson('ob3/dcc-vctf_v2_eddsa-rdfc-2022_didkey_ob3-spec-example.json'));
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      credentialId: 'http://example.com/credentials/3527',
      format: 'vc2-jsonld',
      types: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Teamwork Badge',
      description: 'This badge recognizes the development of the capacity to collaborate within a group environment.',
      issuerId: 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q',
      issuerName: 'Example Corp',
      subjectId: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      issuedOn: '2010-01-01T00:00:00Z',
      alignments: [],
    });
    expect(n.validUntil).toBeUndefined();
    expect(n.achievementType).toBeUndefined();
  });

  it('reads the complete 1EdTech OB 3.0 credential: type, field, credits, alignments, validUntil', () => {
    const n = normalizeCredential(readSampleJson('ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json'));
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      credentialId: 'http://1edtech.edu/credentials/3732',
      format: 'vc2-jsonld',
      name: '1EdTech University Degree for Example Student',
      description: '1EdTech University Degree Description',
      issuerId: 'https://1edtech.edu/issuers/565049',
      issuerName: '1EdTech University',
      issuedOn: '2010-01-01T00:00:00Z',
      validUntil: '2030-01-01T00:00:00Z',
      achievementType: 'Degree',
      fieldOfStudy: 'Research',
      // creditsEarned (42) wins over the achievement's creditsAvailable (36)
      credits: 42,
    });
    expect(n.alignments).toHaveLength(2);
    expect(n.alignments[0]).toEqual({
      targetName: '1EdTech University Degree',
      targetUrl: 'https://1edtech.edu/catalog/degree',
      targetCode: 'degree',
      targetFramework: '1EdTech University Program and Course Catalog',
      targetType: 'CFItem',
    });
    expect(n.alignments[1]?.targetType).toBe('CTDL');
  });

  it('reads a VC 1.1 OB credential whose issuer is a plain string', () => {
    const n = normalizeCredential(
      readSampleJson('vc1-ed25519-2020/dcc-vctf_v1_ed25519-2020_didkey_ob3_stringIssuerId.json'),
    );
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      credentialId: 'urn:uuid:2fe53dc9-b2ec-4939-9b2c-0d00f6663b6c',
      format: 'vc1-jsonld',
      name: 'DCC Test Credential',
      issuerId: 'did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q',
      issuedOn: '2025-01-09T15:06:31Z',
      achievementType: 'Diploma',
    });
    expect(n.description).toMatch(/^This is a sample credential issued by the Digital Credentials Consortium/);
    expect(n.issuerName).toBeUndefined();
    // The subject has no id in this file.
    expect(n.subjectId).toBeUndefined();
  });

  it('names a CLR after the CLR itself, never after one of its nested achievements', () => {
    const n = normalizeCredential(readSampleJson('clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json'));
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      credentialId: 'http://example.edu/credentials/3732',
      format: 'vc1-jsonld',
      types: ['VerifiableCredential', 'ClrCredential'],
      name: 'Ellis Monday',
      issuerId: 'urn:uuid:4ca4a241-fc3b-4d92-978e-f56fa96ae795',
      issuerName: 'Western High School, RSD',
      subjectId: 'urn:uuid:360a0e1e-c3f4-4fc4-9975-379889927d54',
      issuedOn: '2022-12-05T21:39:07Z',
      alignments: [],
    });
    expect(n.achievementType).toBeUndefined();
  });

  it('names a plain VC after its most specific type when it has no name', () => {
    const n = normalizeCredential(readSampleJson('vc2-data-integrity/w3c-vc-di-eddsa_eddsa-rdfc-2022_alumni.json'));
    expect(n).toMatchObject({
      format: 'vc2-jsonld',
      name: 'Alumni Credential',
      issuerId: 'https://vc.example/issuers/5678',
    });
  });

  it('finds the ELM eqfLevel and language-map titles in the unsigned EDC sample', () => {
    const n = normalizeCredential(readSampleJson('edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'));
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      format: 'vc1-jsonld',
      name: 'Digital micro-credential creation',
      issuerName: 'University of Zed',
      eqfLevel: 'http://data.europa.eu/snb/eqf/6',
    });
  });
});

describe('normalizeCredential on hand-made input', () => {
  const base = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
  };

  it('never throws and always returns a valid record for odd input', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      'text',
      [],
      [1, 2],
      {},
      { '@context': 5, type: 7, issuer: [], name: { id: 'x' }, credentialSubject: 'me' },
      { ...base, credentialSubject: [null], issuer: { id: 3, name: ['', {}] } },
      {
        ...base,
        credentialSubject: { achievement: { alignment: ['x', null, { targetUrl: 5 }], creditsAvailable: 'many' } },
      },
      { ...base, validFrom: 20200101, expirationDate: {}, name: '   ' },
    ];
    for (const doc of odd) {
      const n = normalizeCredential(doc);
      expect(() => NormalizedCredentialSchema.parse(n)).not.toThrow();
      expect(n.name.length).toBeGreaterThan(0);
    }
    expect(normalizeCredential(null)).toEqual({
      format: 'unknown',
      types: [],
      name: 'Unnamed credential',
      nameMessage: { code: 'credential.unnamed' },
      alignments: [],
    });
  });

  it('detects the format from the first context only', () => {
    expect(normalizeCredential({ '@context': 'https://www.w3.org/2018/credentials/v1' }).format).toBe('vc1-jsonld');
    expect(normalizeCredential({ '@context': ['https://www.w3.org/ns/credentials/v2', 'x'] }).format).toBe(
      'vc2-jsonld',
    );
    expect(normalizeCredential({ '@context': ['x', 'https://www.w3.org/ns/credentials/v2'] }).format).toBe('unknown');
  });

  it('picks English from language values, else the first', () => {
    expect(
      normalizeCredential({
        ...base,
        name: [
          { '@value': '学士', '@language': 'ja' },
          { '@value': 'Bachelor', '@language': 'en-GB' },
        ],
      }).name,
    ).toBe('Bachelor');
    expect(
      normalizeCredential({
        ...base,
        name: [
          { '@value': '学士', '@language': 'ja' },
          { '@value': 'Licence', '@language': 'fr' },
        ],
      }).name,
    ).toBe('学士');
    expect(normalizeCredential({ ...base, name: { ja: '修士', en: 'Master' } }).name).toBe('Master');
    expect(normalizeCredential({ ...base, name: { '@value': 'Hello', '@language': 'en' } }).name).toBe('Hello');
    expect(
      normalizeCredential({ ...base, issuer: { id: 'did:x', name: { de: 'Uni', fr: 'Université' } } }).issuerName,
    ).toBe('Uni');
  });

  it('uses the first subject of an array, the achievement as fallback name, and creditsAvailable when nothing was earned', () => {
    const n = normalizeCredential({
      ...base,
      validFrom: '2024-04-01T00:00:00Z',
      validUntil: '2029-03-31T00:00:00Z',
      credentialSubject: [
        {
          id: 'did:example:learner',
          achievement: {
            name: 'Data Science Basics',
            description: 'Intro course',
            achievementType: 'Course',
            creditsAvailable: 2,
            fieldOfStudy: 'Informatics',
            alignment: { targetUrl: 'http://data.europa.eu/snb/eqf/5', targetName: 'EQF 5' },
          },
        },
        { id: 'did:example:other' },
      ],
    });
    expect(n).toMatchObject({
      subjectId: 'did:example:learner',
      name: 'Data Science Basics',
      description: 'Intro course',
      achievementType: 'Course',
      credits: 2,
      fieldOfStudy: 'Informatics',
      issuedOn: '2024-04-01T00:00:00Z',
      validUntil: '2029-03-31T00:00:00Z',
      alignments: [{ targetUrl: 'http://data.europa.eu/snb/eqf/5', targetName: 'EQF 5' }],
    });
  });

  it('prefers issuanceDate/expirationDate (VC 1.1) and reads a numeric eqfLevel', () => {
    const n = normalizeCredential({
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential', 'ext:UniversityDegreeCredential'],
      issuanceDate: '2020-01-01T00:00:00Z',
      expirationDate: '2030-01-01T00:00:00Z',
      credentialSubject: { achievement: { eqfLevel: 7 } },
    });
    expect(n).toMatchObject({
      issuedOn: '2020-01-01T00:00:00Z',
      validUntil: '2030-01-01T00:00:00Z',
      eqfLevel: '7',
      name: 'University Degree Credential',
    });
  });

  it('keeps text as text: no markup is interpreted, control characters are dropped', () => {
    const n = normalizeCredential({ ...base, name: '  <b>Bold</b>\u0000 name ', description: 'line 1\r\nline 2' });
    expect(n.name).toBe('<b>Bold</b> name');
    expect(n.description).toBe('line 1\nline 2');
  });

  it('makes readable names from types', () => {
    expect(readableTypeName('AlumniCredential')).toBe('Alumni Credential');
    expect(readableTypeName('ext:MyCustomType')).toBe('My Custom Type');
    expect(readableTypeName('JSONCredential')).toBe('JSON Credential');
  });
});

describe('describeUnreadable', () => {
  it('names the record after the file and keeps the reason as description', () => {
    const n = describeUnreadable('This file is not a credential the wallet can read.', 'notes.txt');
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toEqual({
      format: 'unknown',
      types: [],
      name: 'notes.txt',
      description: 'This file is not a credential the wallet can read.',
      alignments: [],
    });
  });

  it('copes with an empty file name', () => {
    expect(describeUnreadable('', '').name).toBe('Unnamed file');
    expect(describeUnreadable('', '').nameMessage).toEqual({ code: 'credential.unnamed_file' });
  });

  it('keeps a reason given as a message as its English description', () => {
    const n = describeUnreadable({ code: 'check.not_a_credential' }, 'notes.txt');
    expect(n.description).toBe('This file is not a credential the wallet can read.');
    expect(n.nameMessage).toBeUndefined();
  });
});

describe('progress-map fields', () => {
  it('ELM v3 sample: credit points, volume of learning, country, claim, dates, language, micro-credential evidence', () => {
    const n = normalizeCredential(readSampleJson('edc/ec-elm_v3_Sample-MC-Annex1-unsigned.jsonld'));
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n).toMatchObject({
      creditPoints: [{ framework: 'ECTS', value: 2 }],
      volumeOfLearning: 'PT60H',
      issuerCountry: 'IE',
      achievementId: 'urn:epass:qualification:1',
      achievementName: 'Digital micro-credential creation',
      claimId: 'urn:epass:learningAchievement:1',
      subjectIdentifiers: ['urn:epass:person:1'],
      activityStartDate: '2023-05-05T07:00:00Z',
      activityEndDate: '2023-06-06T15:00:00Z',
      inLanguage: 'en',
      microCredential: {
        learnerName: 'Ana Andromeda',
        awardingBody: 'University of Zed',
        assessment: 'artefact assessment',
        participation: 'Blended',
      },
    });
    expect(n.credits).toBeUndefined();
    expect(n.associations).toBeUndefined();
  });

  it('OB 3.0 complete sample: earned and available credits, identifiers, term, activity dates, country code', () => {
    const n = normalizeCredential(readSampleJson('ob3/1edtech-dcpv_ob3_complete_vc2_eddsa-rdfc-2022.json'));
    expect(n).toMatchObject({
      credits: 42,
      creditsEarned: 42,
      creditsAvailable: 36,
      issuerCountry: 'US',
      achievementId: 'https://1edtech.edu/achievements/degree',
      subjectIdentifiers: ['did:example:ebfeb1f712ebc6f1c276e12ec21', 'student@1edtech.edu', 'somebody@gmail.com'],
      term: 'Fall',
      activityStartDate: '2010-01-01T00:00:00Z',
      activityEndDate: '2010-01-02T00:00:00Z',
    });
  });

  it('CLR 2.0 complex sample: associations on the transcript; nested credentials with normalizeAll', () => {
    const all = normalizeAll(readSampleJson('clr2/1edtech-dcpv_clr2_complex_vc1_ed25519-2020_didkey.json'));
    const [clr, ...nested] = all;
    expect(clr?.associations).toHaveLength(5);
    expect(clr?.associations?.[0]).toEqual({
      associationType: 'isParentOf',
      sourceId: 'urn:uuid:3314c2c0-2ee9-4183-838b-470c15ddfb08',
      targetId: 'urn:uuid:bb9a27e6-3a2d-413b-b0c7-97ef9dfdde22',
    });
    expect(clr?.containedIn).toBeUndefined();
    expect(nested.length).toBeGreaterThanOrEqual(5);
    for (const n of nested) {
      expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
      expect(n.containedIn).toBe('http://example.edu/credentials/3732');
    }
    expect(nested[1]).toMatchObject({
      name: 'Health Careers 1',
      achievementId: 'urn:uuid:bb9a27e6-3a2d-413b-b0c7-97ef9dfdde22',
      achievementType: 'Course',
      fieldOfStudy: 'Health Care',
    });
    expect(normalizeAll(null)).toHaveLength(1);
    expect(normalizeAll({ credentialSubject: { verifiableCredential: [1, 'x'] } })).toHaveLength(1);
  });

  it('hand-made: hashed identifiers keep a marker; country names and alpha-3 codes; ELM parts and language', () => {
    const n = normalizeCredential({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:uni.ac.jp', address: { addressCountry: 'Japan' } },
      credentialSubject: {
        id: 'did:example:me',
        identifier: [
          { type: 'IdentityObject', identityHash: 'sha256$abc', identityType: 'emailAddress', hashed: true, salt: 's' },
          { type: 'IdentityObject', identityHash: 'me@example.com', hashed: false },
          { type: 'IdentityObject', hashed: false },
        ],
        achievement: { id: 'urn:a', name: 'A', inLanguage: 'ja', hours: 12 },
      },
    });
    expect(n).toMatchObject({
      issuerCountry: 'JP',
      subjectIdentifiers: ['did:example:me', 'hashed:sha256$abc', 'me@example.com'],
      inLanguage: 'ja',
      statedHours: 12,
    });
    const alpha3 = normalizeCredential({ issuer: { address: { addressCountry: 'DEU' } } });
    expect(alpha3.issuerCountry).toBe('DE');
    const elm = normalizeCredential({
      issuer: {
        location: { address: { countryCode: { id: 'http://publications.europa.eu/resource/authority/country/FRA' } } },
      },
      credentialSubject: {
        hasClaim: {
          id: 'urn:claim:1',
          hasPart: [{ id: 'urn:claim:2' }, 'urn:claim:3'],
          isPartOf: { id: 'urn:claim:0' },
          specifiedBy: {
            id: 'urn:spec:1',
            title: { fr: 'Cours' },
            volumeOfLearning: 'P2D',
            creditPoint: [{ framework: { prefLabel: { en: 'Other credit' } }, point: 3 }],
            language: { id: 'http://publications.europa.eu/resource/authority/language/JPN' },
          },
        },
      },
    });
    expect(elm).toMatchObject({
      issuerCountry: 'FR',
      claimId: 'urn:claim:1',
      hasPart: ['urn:claim:2', 'urn:claim:3'],
      isPartOf: ['urn:claim:0'],
      volumeOfLearning: 'P2D',
      creditPoints: [{ framework: 'Other credit', value: 3 }],
      inLanguage: 'ja',
      achievementName: 'Cours',
    });
    // Not a duration: left out.
    expect(
      normalizeCredential({ credentialSubject: { hasClaim: { specifiedBy: { volumeOfLearning: '60 hours' } } } })
        .volumeOfLearning,
    ).toBeUndefined();
  });
});

describe('normalizeCredential on deeply nested input', () => {
  it('a name or subject nested 100,000 levels deep yields a record, never a stack overflow', () => {
    let deep: unknown = 'Deep';
    for (let i = 0; i < 100_000; i++) deep = { '@value': deep };
    let deepList: unknown = ['Deep'];
    for (let i = 0; i < 100_000; i++) deepList = [deepList];
    const doc = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      name: deep,
      description: deepList,
      credentialSubject: { achievement: { name: deep, alignment: deepList } },
    };
    const n = normalizeCredential(doc);
    expect(NormalizedCredentialSchema.parse(n)).toEqual(n);
    expect(n.name).not.toBe('Deep');
    expect(normalizeAll({ ...doc, credentialSubject: { verifiableCredential: [doc] } })).toHaveLength(2);
  });
});
