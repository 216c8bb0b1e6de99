import type { SchoolKind } from '../generated/prisma/enums';

/** In-memory shape of the demo county's places and schools while it is generated. */

export interface Township {
  code: string;
  name: string;
  kind: '街道' | '镇' | '乡';
  isUrban: boolean;
  lat: number;
  lng: number;
  headName: string;
  headPhone: string;
  villages: Village[];
  schools: SchoolInfo[];
  quota: number;
  censusRoundId: string;
  /** Its 2026 census round is SUBMITTED (an OPEN round is still being taken). */
  censusSubmitted: boolean;
  agencyName: string;
}

export interface Village {
  code: string;
  name: string;
  stem: string;
  township: Township;
  isUrban: boolean;
  lat: number;
  lng: number;
  /** km from the township seat */
  remoteness: number;
  headName: string;
  quota: number;
  /** Where its pupils go: primary grades (non teaching-point), a teaching point for grades 1–4, junior grades. */
  primaryChoices: SchoolInfo[];
  teachingPoint: SchoolInfo | null;
  juniorChoices: SchoolInfo[];
  nextHousehold: number;
}

export interface SchoolInfo {
  index: number;
  id: string;
  code: string;
  name: string;
  kind: SchoolKind;
  township: Township;
  village: Village;
  lat: number;
  lng: number;
  rural: boolean;
  minGrade: number;
  maxGrade: number;
  beds: number;
  hasBus: boolean;
  principal: string;
  registrar: string;
  classesPerGrade: number;
  /** Head teacher (班主任) of each class, indexed (grade - minGrade) * classesPerGrade + (class - 1). */
  classTeachers: string[];
  feeCents: number;
  expectedPrimary: number;
  expectedJunior: number;
  bedsUsed: number;
}

export interface County {
  code: string;
  regionCode: string;
  name: string;
  headName: string;
  bureauHeadName: string;
  lat: number;
  lng: number;
  townships: Township[];
  schools: SchoolInfo[];
  special: SchoolInfo;
  vocational: SchoolInfo;
  /** Share of children living in urban communities (社区), used to calibrate rates. */
  urbanShare: number;
}

/** Straight-line distance in km between two points (equirectangular; fine at county scale). */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dy = (lat2 - lat1) * 111.2;
  const dx = (lng2 - lng1) * 111.2 * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180));
  return Math.sqrt(dx * dx + dy * dy);
}

/** Head teacher of a class. */
export function classTeacher(school: SchoolInfo, grade: number, classNo: number): string {
  const i = (grade - school.minGrade) * school.classesPerGrade + (classNo - 1);
  return school.classTeachers[Math.max(0, Math.min(school.classTeachers.length - 1, i))] as string;
}
