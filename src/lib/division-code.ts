/** The township (乡镇) code of a 12-digit village code: county (6) + township (3) + '000'. */
export function townshipOf(villageCode: string): string {
  return `${villageCode.slice(0, 9)}000`;
}
