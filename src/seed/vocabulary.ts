import { weighted, type Prng, type Weighted } from './prng';

/** Names, place names and the phrases of the demo county's records. */

// Common surnames, weighted roughly by frequency (Hunan leaning: 唐 蒋 何 周 欧阳 are common).
export const SURNAMES: Weighted<string> = weighted<string>([
  ['王', 7.1], ['李', 7.0], ['张', 6.4], ['刘', 5.4], ['陈', 4.5], ['杨', 3.1], ['黄', 2.4], ['赵', 2.0],
  ['吴', 2.0], ['周', 2.2], ['徐', 1.3], ['孙', 1.2], ['马', 1.0], ['朱', 1.1], ['胡', 1.3], ['郭', 1.0],
  ['何', 1.6], ['高', 0.9], ['林', 0.9], ['罗', 1.2], ['郑', 0.8], ['梁', 0.7], ['谢', 0.8], ['宋', 0.6],
  ['唐', 1.6], ['许', 0.6], ['韩', 0.5], ['冯', 0.5], ['邓', 0.9], ['曹', 0.5], ['彭', 0.8], ['曾', 0.7],
  ['肖', 0.7], ['田', 0.5], ['董', 0.4], ['袁', 0.4], ['潘', 0.4], ['于', 0.3], ['蒋', 1.4], ['蔡', 0.4],
  ['余', 0.4], ['杜', 0.3], ['叶', 0.4], ['程', 0.3], ['苏', 0.3], ['魏', 0.3], ['吕', 0.3], ['丁', 0.3],
  ['任', 0.3], ['沈', 0.3], ['姚', 0.3], ['卢', 0.3], ['钟', 0.3], ['谭', 0.5], ['陆', 0.2], ['汪', 0.2],
  ['范', 0.2], ['石', 0.3], ['廖', 0.3], ['贺', 0.3], ['邹', 0.3], ['熊', 0.2], ['雷', 0.2], ['龙', 0.2],
  ['盘', 0.2], ['欧阳', 0.4], ['义', 0.1], ['江', 0.2], ['秦', 0.2], ['邱', 0.2], ['侯', 0.2], ['莫', 0.1],
]);

export type Generation = 'child' | 'parent' | 'grandparent';

const GIVEN: Record<Generation, { male: string; female: string; single: number }> = {
  child: {
    male: '浩宇轩子梓睿俊博文泽铭杰然晨辰宸昊翔鑫磊凯毅豪阳锦奕嘉瑞航烨宏一思明家天熙逸彬鹏志煜钧诚乐星皓霖恒朗',
    female: '欣怡诗涵梓萱雨婷可馨佳琪悦思语彤若梦瑶雅妍晴宁紫依一诺婉静雪菲蕾芸璐茜钰露心甜美慧嘉昕月琳',
    single: 0.12,
  },
  parent: {
    male: '建国军伟强勇刚明华平林峰斌波辉涛俊鹏亮杰超磊飞海云龙文志新兵春成东永红金光德祥元忠',
    female: '丽芳娟敏静燕霞红梅艳玲琴英萍兰玉秀凤花娜婷芬莉慧春雪云洁小桂翠香',
    single: 0.3,
  },
  grandparent: {
    male: '德福贵国发明生荣忠财林才山水根保和顺长清义富春有金满先',
    female: '秀英桂兰珍凤梅翠花莲芝玉香菊娥春妹姣',
    single: 0.25,
  },
};

/** A Chinese personal name: surname + one or two given-name characters. */
export function personName(rng: Prng, male: boolean, generation: Generation, surname?: string): string {
  const pool = GIVEN[generation];
  const chars = male ? pool.male : pool.female;
  const family = surname ?? rng.pickWeighted(SURNAMES);
  const first = chars[rng.int(0, chars.length - 1)] as string;
  if (rng.chance(pool.single)) return family + first;
  let second = chars[rng.int(0, chars.length - 1)] as string;
  if (second === first && rng.chance(0.7)) second = chars[rng.int(0, chars.length - 1)] as string;
  return family + first + second;
}

export const ETHNICITIES: Weighted<string> = weighted<string>([
  ['汉族', 90], ['瑶族', 6.5], ['苗族', 1.5], ['土家族', 1.0], ['侗族', 0.7], ['壮族', 0.2], ['回族', 0.1],
]);

const PLACE_FIRST = '上下东西南北大小新石白清桥梅桃杉松柏竹龙凤马牛黄青红金银田塘江溪岭坪源湾山富祥和兴安乐永长高平双三五四塔寺仙月岩枫';
const PLACE_SECOND = '江溪河塘坪冲洞源湾山岭岗田桥铺口头洲坝井园林湖滩坡营寨关岩峰';
const CLAN = '何蒋周唐欧李杨陈黄胡邓蒋王刘罗谢彭曾';

/** A two-character place stem not yet in `used` (村/镇 names). */
export function placeStem(rng: Prng, used: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const stem = rng.chance(0.25)
      ? (CLAN[rng.int(0, CLAN.length - 1)] as string) + '家'
      : (PLACE_FIRST[rng.int(0, PLACE_FIRST.length - 1)] as string) + (PLACE_SECOND[rng.int(0, PLACE_SECOND.length - 1)] as string);
    if (!used.has(stem) && stem[0] !== stem[1]) {
      used.add(stem);
      return stem;
    }
  }
  // Fallback for very large name spaces: a numbered stem.
  const stem = `第${used.size + 1}`;
  used.add(stem);
  return stem;
}

/**
 * GB/T 2260 county-level divisions of 永州市 (4311), the demo county's city
 * (issue 11 item 1: several counties of one city in one database), in code
 * order: name and the approximate coordinates of the county seat (the
 * generator's centre of the county). 祁阳 became a county-level city in 2021
 * (431121 → 431181).
 */
export const CITY_COUNTIES: Readonly<Record<string, ReadonlyArray<{ code: string; name: string; lat: number; lng: number }>>> = {
  '4311': [
    { code: '431102', name: '零陵区', lat: 26.22, lng: 111.62 },
    { code: '431103', name: '冷水滩区', lat: 26.46, lng: 111.59 },
    { code: '431122', name: '东安县', lat: 26.39, lng: 111.32 },
    { code: '431123', name: '双牌县', lat: 25.96, lng: 111.66 },
    { code: '431124', name: '道县', lat: 25.53, lng: 111.59 },
    { code: '431125', name: '江永县', lat: 25.27, lng: 111.34 },
    { code: '431126', name: '宁远县', lat: 25.57, lng: 111.95 },
    { code: '431127', name: '蓝山县', lat: 25.37, lng: 112.19 },
    { code: '431128', name: '新田县', lat: 25.9, lng: 112.22 },
    { code: '431129', name: '江华瑶族自治县', lat: 25.18, lng: 111.58 },
    { code: '431181', name: '祁阳市', lat: 26.58, lng: 111.84 },
  ],
};

/** The county-level divisions the generator knows (CITY_COUNTIES), by code. */
export const KNOWN_COUNTIES: ReadonlyMap<string, { code: string; name: string; lat: number; lng: number }> = new Map(
  Object.values(CITY_COUNTIES).flatMap((list) => list.map((c) => [c.code, c] as const)),
);

/** GB/T 2260 names used for generated counties (others are called 示范县). */
export const COUNTY_NAMES: Record<string, string> = Object.fromEntries([...KNOWN_COUNTIES.values()].map((c) => [c.code, c.name]));

/** Hukou origins of migrant workers' children (随迁子女), real county codes. */
export const MIGRANT_ORIGINS: ReadonlyArray<{ code: string; name: string }> = [
  { code: '431102', name: '湖南省永州市零陵区' },
  { code: '431103', name: '湖南省永州市冷水滩区' },
  { code: '431122', name: '湖南省永州市东安县' },
  { code: '431125', name: '湖南省永州市江永县' },
  { code: '431126', name: '湖南省永州市宁远县' },
  { code: '431127', name: '湖南省永州市蓝山县' },
  { code: '431129', name: '湖南省永州市江华瑶族自治县' },
  { code: '430524', name: '湖南省邵阳市隆回县' },
  { code: '431023', name: '湖南省郴州市永兴县' },
  { code: '450329', name: '广西壮族自治区桂林市资源县' },
  { code: '451121', name: '广西壮族自治区贺州市昭平县' },
  { code: '522630', name: '贵州省黔东南苗族侗族自治州台江县' },
  { code: '360731', name: '江西省赣州市于都县' },
];

export const DISABILITY_CATEGORIES = [
  ['INTELLECTUAL', 30, '5', '智力残疾'],
  ['PHYSICAL', 20, '4', '肢体残疾'],
  ['HEARING', 12, '2', '听力残疾'],
  ['SPEECH', 8, '3', '言语残疾'],
  ['VISUAL', 8, '1', '视力残疾'],
  ['MENTAL', 10, '6', '精神残疾'],
  ['MULTIPLE', 12, '7', '多重残疾'],
] as const;

export const GRADE_NAMES = ['', '一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级', '高一', '高二', '高三'];

export const SUSPEND_REASONS = ['因病休学(住院治疗)', '因病休学(需居家康复)', '意外受伤休学', '家庭变故申请休学', '心理健康原因休学'];

export const LEAVE_REASONS = ['病假:感冒发烧', '病假:肠胃不适', '病假:就医复查', '事假:家中有事', '事假:随家长外出办事', '事假:参加亲属葬礼'];

export const FOLLOW_UP_NOTES: Record<string, string[]> = {
  REACHED_WILL_RETURN: ['已电话联系家长,学生身体不适,明日返校', '已联系监护人,学生睡过头,下午到校', '已联系祖父母,学生明天返校'],
  RETURNED: ['家访后学生当天返校', '联系家长后学生下午到校'],
  UNREACHABLE: ['家长电话无人接听,已请村干部上门核实', '监护人电话停机,已报学校'],
  REACHED_REFUSED: ['家长称孩子不愿上学,已约谈', '学生在外打工,家长未同意返校'],
  PENDING: ['已登记,待联系监护人'],
};

export const DROPOUT_CAUSES = weighted<string>([
  ['WEARY_OF_SCHOOL', 35], ['LEARNING_DIFFICULTY', 20], ['WORK', 12], ['LACK_OF_CARE', 10],
  ['POVERTY', 8], ['DISTANCE', 5], ['ILLNESS', 5], ['OTHER', 3],
]);

export const CAUSE_NOTES: Record<string, string> = {
  WEARY_OF_SCHOOL: '厌学,沉迷网络游戏,多次劝说无效',
  LEARNING_DIFFICULTY: '学习跟不上,自觉无望,不愿到校',
  WORK: '随亲属外出务工',
  LACK_OF_CARE: '父母外出,祖辈无力管教',
  POVERTY: '家庭经济困难,需在家帮工',
  DISTANCE: '离校远,交通不便',
  ILLNESS: '长期患病,未办理休学',
  MARRIAGE: '家长安排订婚,辍学在家',
  OTHER: '家庭原因',
};

export const SUPPORT_PLANS: Record<'LEARNING_DIFFICULTY' | 'WEARY_OF_SCHOOL', string[]> = {
  LEARNING_DIFFICULTY: ['每周两次课后辅导数学和语文基础', '制定分层作业,每周谈心一次', '安排学习伙伴,每天检查作业'],
  WEARY_OF_SCHOOL: ['每周谈心,发掘兴趣特长,参加社团活动', '家校联系每周一次,制定小目标激励', '心理老师跟进,班主任结对帮扶'],
};

export const SUPPORT_NOTES = ['本周按时完成作业,课堂参与度提高', '单元测验成绩有进步', '情绪稳定,与同学关系改善', '仍有畏难情绪,需继续鼓励', '家长反馈在家学习时间增加'];

export const HOME_TEACHING_CONTENT = ['生活自理能力训练', '语文识字与阅读', '数学数概念训练', '康复训练与运动', '沟通与社会适应训练', '美工与手工活动'];

export const ASSISTANCE_ASSETS = ['砖混住房1处', '砖混住房1处、摩托车1辆', '土木结构住房1处', '住房1处、农用车1辆', '安置房1套', '住房1处、耕地3亩'];

export const EMPLOYERS = ['鸿达电子厂', '顺发餐馆', '兴旺砖厂', '美佳服装加工厂', '万家乐超市', '新城汽车修理厂', '金鑫网吧', '宏运物流站'];

export const COUNSELLING_NOTES = ['情绪低落,思念父母,进行倾听与疏导', '与同学发生矛盾,开展人际交往辅导', '学习压力大,进行放松训练', '适应寄宿生活,建立日常作息'];

export const VISIT_NEXT_STEPS = ['一周后再次上门', '联系在外务工的父母共同劝返', '请村委会协助做思想工作', '报乡镇控辍保学领导小组'];
