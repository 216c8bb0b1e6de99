import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db/client';
import type { Prisma } from '../../src/generated/prisma/client';
import { IdentifierSealer } from '../../src/lib/crypto';
import { sealStudentNumber } from '../../src/modules/enrollment/student-number';
import { makeIdNumber } from './ids';

/**
 * Scenario factories: small named data sets built through Prisma, each row
 * with sensible defaults that a test overrides where it matters.
 */
export const TEST_COUNTY = '431124';
export const testSealer = new IdentifierSealer(randomBytes(32), randomBytes(32));

let seq = 0;
const next = () => ++seq;

export class Scenario {
  constructor(
    readonly db: Database,
    readonly countyCode = TEST_COUNTY,
    readonly sealer = testSealer,
  ) {}

  async county() {
    const code = `${this.countyCode}000000`;
    return this.db.prisma.region.upsert({
      where: { code },
      update: {},
      create: { code, level: 'COUNTY', name: this.countyCode === TEST_COUNTY ? '测试县' : `测试县${this.countyCode}`, countyCode: this.countyCode, headName: '县长甲' },
    });
  }

  async township(n: number, name = `第${n}镇`) {
    await this.county();
    const code = `${this.countyCode}${String(100 + n)}000`;
    return this.db.prisma.region.upsert({
      where: { code },
      update: {},
      create: { code, level: 'TOWNSHIP', name, countyCode: this.countyCode, parentCode: `${this.countyCode}000000`, headName: `镇长${n}` },
    });
  }

  async village(townshipN: number, n: number) {
    const t = await this.township(townshipN);
    const code = `${t.code.slice(0, 9)}${String(200 + n)}`;
    return this.db.prisma.region.upsert({
      where: { code },
      update: {},
      create: { code, level: 'VILLAGE', name: `${t.name}${n}村`, countyCode: this.countyCode, parentCode: t.code, headName: `村长${n}` },
    });
  }

  async school(townshipN: number, over: Partial<Prisma.SchoolUncheckedCreateInput> = {}) {
    const t = await this.township(townshipN);
    const n = next();
    return this.db.prisma.school.create({
      data: {
        code: String(2143000000 + n),
        name: `第${n}小学`,
        kind: 'PRIMARY',
        countyCode: this.countyCode,
        townshipCode: t.code,
        principalName: `校长${n}`,
        ...over,
      },
    });
  }

  async household(villageCode: string, over: Partial<Prisma.HouseholdUncheckedCreateInput> = {}) {
    return this.db.prisma.household.create({
      data: { countyCode: this.countyCode, registrationNumber: `HH${String(next()).padStart(8, '0')}`, villageCode, ...over },
    });
  }

  async person(householdId: string, over: Partial<Prisma.PersonUncheckedCreateInput> & { idNumber?: string } = {}) {
    const { idNumber, ...rest } = over;
    const id = idNumber ?? makeIdNumber(this.countyCode, '1985-05-05', next() % 1000);
    return this.db.prisma.person.create({
      data: {
        countyCode: this.countyCode,
        householdId,
        name: `家长${next()}`,
        phone: '13912345678',
        idNumberCipher: this.sealer.seal(id),
        idNumberHash: this.sealer.index(id),
        ...rest,
      },
    });
  }

  /** A child with a household, a father as guardian and (unless schoolId null) an enrollment. */
  async child(
    p: {
      villageCode: string;
      schoolId?: string | null;
      birthDate?: string;
      grade?: number;
      status?: Prisma.EnrollmentUncheckedCreateInput['status'];
      householdId?: string;
      name?: string;
      idNumber?: string;
    } & Partial<Prisma.ChildUncheckedCreateInput>,
  ) {
    const { villageCode, schoolId, birthDate = '2016-03-01', grade = 4, status = 'ENROLLED', name, idNumber, ...over } = p;
    const householdId = p.householdId ?? (await this.household(villageCode)).id;
    const n = next();
    const id = idNumber ?? makeIdNumber(this.countyCode, birthDate, (n * 2 + 1) % 1000);
    const child = await this.db.prisma.child.create({
      data: {
        countyCode: this.countyCode,
        householdId,
        name: name ?? `学生${n}`,
        gender: 'MALE',
        birthDate: new Date(`${birthDate}T00:00:00Z`),
        villageCode,
        idNumberCipher: this.sealer.seal(id),
        idNumberHash: this.sealer.index(id),
        ...over,
      } as Prisma.ChildUncheckedCreateInput,
    });
    const father = await this.person(householdId, { name: `${child.name}之父` });
    await this.db.prisma.guardianship.create({
      data: { countyCode: this.countyCode, childId: child.id, personId: father.id, relation: 'FATHER', isPrimary: true },
    });
    if (schoolId !== null) {
      const enrollment = await this.db.prisma.enrollment.create({
        data: {
          countyCode: this.countyCode,
          childId: child.id,
          schoolId: schoolId ?? null,
          grade,
          status,
          statusSince: new Date('2022-09-01T00:00:00Z'),
          ...sealStudentNumber(this.sealer, `G${id}`),
        },
      });
      await this.db.prisma.statusEvent.create({
        data: {
          countyCode: this.countyCode,
          enrollmentId: enrollment.id,
          childId: child.id,
          type: 'ENROL',
          schoolId: schoolId ?? null,
          grade: 1,
          occurredOn: new Date('2022-09-01T00:00:00Z'),
          recordedBy: 'factory',
        },
      });
    }
    return { child, idNumber: id, householdId };
  }
}
