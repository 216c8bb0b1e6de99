import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The floor: what answering the benchmarks' requests (ChildrenDeep and
 * ChildDetail of bench-read; ListGrants and ChildById of bench-peer) costs
 * when the database does all the work. One node:http endpoint, one hand-written SQL
 * statement per request (a named prepared statement through `pg`) that builds
 * the whole GraphQL-shaped JSON response with json_build_object / json_agg
 * over LATERAL subqueries; Node only parses the request body and sends the
 * text PostgreSQL returned. No GraphQL, no ORM, no access control, no audit.
 *
 * The statements reproduce the hub's resolvers: same rows (county row scope),
 * same order of every list (the repository's orderBy), same "current" rows
 * (active placement, open care arrangement, latest migrant application, this
 * term's boarding place and attendance). Redundant scope filters that the hub
 * repeats on child rows already filtered (`child: { countyCode }` on each
 * relation) are left out: the floor is the least work that gives the answer.
 */

/** ChildrenDeep(first: $2) of county $1. */
export const CHILDREN_DEEP_SQL = `
SELECT json_build_object('data', json_build_object('children', json_build_object('edges', COALESCE((
  SELECT json_agg(json_build_object('node', json_build_object(
    'id', c.id,
    'name', c.name,
    'household', hh.obj,
    'guardians', gd.arr,
    'enrollment', en.obj,
    'subsidyGrants', sg.arr,
    'placement', pl.obj
  )) ORDER BY c.id)
  FROM (SELECT id, name, "householdId" FROM "Child" WHERE "countyCode" = $1 ORDER BY id LIMIT $2) c
  LEFT JOIN LATERAL (
    SELECT json_build_object(
      'registrationNumber', h."registrationNumber",
      'members', COALESCE((SELECT json_agg(json_build_object('name', p.name, 'phone', p.phone) ORDER BY p."birthDate", p.id)
                             FROM "Person" p WHERE p."householdId" = h.id AND p."countyCode" = $1), '[]'::json),
      'children', COALESCE((SELECT json_agg(json_build_object('id', k.id, 'name', k.name) ORDER BY k."birthDate", k.id)
                              FROM "Child" k WHERE k."householdId" = h.id AND k."countyCode" = $1), '[]'::json)
    ) AS obj
    FROM "Household" h WHERE h.id = c."householdId" AND h."countyCode" = $1
  ) hh ON true
  CROSS JOIN LATERAL (
    SELECT COALESCE(json_agg(json_build_object('relation', g.relation, 'person', json_build_object('name', p.name))
                             ORDER BY g."isPrimary" DESC, g.id), '[]'::json) AS arr
    FROM "Guardianship" g JOIN "Person" p ON p.id = g."personId"
    WHERE g."childId" = c.id AND g."countyCode" = $1
  ) gd
  LEFT JOIN LATERAL (
    SELECT json_build_object(
      'grade', e.grade,
      'status', e.status,
      'school', (SELECT json_build_object('name', s.name,
                          'township', (SELECT json_build_object('name', r.name) FROM "Region" r WHERE r.code = s."townshipCode" AND r."countyCode" = $1))
                   FROM "School" s WHERE s.id = e."schoolId" AND s."countyCode" = $1),
      'events', COALESCE((SELECT json_agg(json_build_object('type', ev.type, 'occurredOn', ev."occurredOn") ORDER BY ev."occurredOn", ev."recordedAt")
                            FROM "StatusEvent" ev WHERE ev."enrollmentId" = e.id AND ev."countyCode" = $1), '[]'::json)
    ) AS obj
    FROM "Enrollment" e WHERE e."childId" = c.id AND e."countyCode" = $1
  ) en ON true
  CROSS JOIN LATERAL (
    SELECT COALESCE(json_agg(json_build_object('amountCents', sg."amountCents", 'programme', json_build_object('code', sp.code))
                             ORDER BY sg."schoolYear" DESC, sg.term DESC, sg.id), '[]'::json) AS arr
    FROM "SubsidyGrant" sg JOIN "SubsidyProgramme" sp ON sp.id = sg."programmeId" AND sp."countyCode" = $1
    WHERE sg."childId" = c.id AND sg."countyCode" = $1
  ) sg
  LEFT JOIN LATERAL (
    SELECT json_build_object('type', pl.type,
             'school', (SELECT json_build_object('name', s.name) FROM "School" s WHERE s.id = pl."schoolId" AND s."countyCode" = $1)) AS obj
    FROM "Placement" pl WHERE pl."childId" = c.id AND pl."countyCode" = $1 AND pl.status <> 'ENDED'
    LIMIT 1
  ) pl ON true
), '[]'::json))))::text AS body`;

/** ChildDetail (trimmed of decrypted fields) of child $1 in county $2; calendar: school year $3, term $4, term start $5. */
export const CHILD_DETAIL_SQL = `
SELECT json_build_object('data', json_build_object('child', (
  SELECT json_build_object(
    'id', c.id,
    'name', c.name,
    'gender', c.gender,
    'birthDate', c."birthDate",
    'age', $3::int - date_part('year', c."birthDate")::int
             - CASE WHEN (date_part('month', c."birthDate"), date_part('day', c."birthDate")) > (8::float8, 31::float8) THEN 1 ELSE 0 END,
    'ethnicity', c.ethnicity,
    'isLeftBehind', c."isLeftBehind",
    'inDistress', c."inDistress",
    'isOrphan', c."isOrphan",
    'isMigrant', c."isMigrant",
    'hasDisability', c."hasDisability",
    'village', (SELECT json_build_object('code', r.code, 'name', r.name) FROM "Region" r WHERE r.code = c."villageCode" AND r."countyCode" = $2),
    'township', (SELECT json_build_object('code', r.code, 'name', r.name) FROM "Region" r
                  WHERE r.code = substr(c."villageCode", 1, 9) || '000' AND r."countyCode" = $2),
    'household', (
      SELECT json_build_object(
        'id', h.id,
        'registrationNumber', h."registrationNumber",
        'registeredPoor', h."registeredPoor",
        'minimumLiving', h."minimumLiving",
        'members', COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'phone', p.phone, 'worksAway', p."worksAway")
                                      ORDER BY p."birthDate", p.id)
                               FROM "Person" p WHERE p."householdId" = h.id AND p."countyCode" = $2), '[]'::json))
      FROM "Household" h WHERE h.id = c."householdId" AND h."countyCode" = $2),
    'guardians', COALESCE((
      SELECT json_agg(json_build_object('relation', g.relation, 'livesWithChild', g."livesWithChild", 'isPrimary', g."isPrimary",
                        'person', json_build_object('id', p.id, 'name', p.name, 'phone', p.phone))
                      ORDER BY g."isPrimary" DESC, g.id)
      FROM "Guardianship" g JOIN "Person" p ON p.id = g."personId"
      WHERE g."childId" = c.id AND g."countyCode" = $2), '[]'::json),
    'enrollment', (
      SELECT json_build_object(
        'grade', e.grade,
        'className', e."className",
        'status', e.status,
        'statusSince', e."statusSince",
        'school', (SELECT json_build_object('id', s.id, 'code', s.code, 'name', s.name, 'kind', s.kind)
                     FROM "School" s WHERE s.id = e."schoolId" AND s."countyCode" = $2),
        'events', COALESCE((
          SELECT json_agg(json_build_object('type', ev.type, 'occurredOn', ev."occurredOn", 'cause', ev.cause, 'reason', ev.reason,
                            'evidenceRef', ev."evidenceRef", 'dueBackOn', ev."dueBackOn")
                          ORDER BY ev."occurredOn", ev."recordedAt")
          FROM "StatusEvent" ev WHERE ev."enrollmentId" = e.id AND ev."countyCode" = $2), '[]'::json))
      FROM "Enrollment" e WHERE e."childId" = c.id AND e."countyCode" = $2),
    'attendanceSummary', (
      SELECT json_build_object(
        'since', $5::date,
        'unexcusedDays', count(*) FILTER (WHERE a.kind = 'UNEXCUSED_ABSENCE'),
        'excusedDays', count(*) FILTER (WHERE a.kind = 'EXCUSED_LEAVE'),
        'lateDays', count(*) FILTER (WHERE a.kind = 'LATE'),
        'lastAbsence', max(a.date) FILTER (WHERE a.kind <> 'LATE'))
      FROM "AttendanceRecord" a WHERE a."childId" = c.id AND a."countyCode" = $2 AND a.date >= $5::date),
    'subsidyGrants', COALESCE((
      SELECT json_agg(json_build_object('schoolYear', sg."schoolYear", 'term', sg.term, 'amountCents', sg."amountCents", 'status', sg.status,
                        'programme', json_build_object('code', sp.code, 'name', sp.name))
                      ORDER BY sg."schoolYear" DESC, sg.term DESC, sg.id)
      FROM "SubsidyGrant" sg JOIN "SubsidyProgramme" sp ON sp.id = sg."programmeId" AND sp."countyCode" = $2
      WHERE sg."childId" = c.id AND sg."countyCode" = $2), '[]'::json),
    'boardingAssignment', (
      SELECT json_build_object('schoolYear', b."schoolYear", 'term', b.term, 'bedLabel', b."bedLabel", 'status', b.status,
               'school', (SELECT json_build_object('name', s.name) FROM "School" s WHERE s.id = b."schoolId" AND s."countyCode" = $2))
      FROM "BoardingAssignment" b WHERE b."childId" = c.id AND b."countyCode" = $2 AND b."schoolYear" = $3 AND b.term = $4),
    'disabilityRecord', (
      SELECT json_build_object('category', d.category, 'grade', d.grade, 'assessment', d.assessment)
      FROM "DisabilityRecord" d WHERE d."childId" = c.id AND d."countyCode" = $2),
    'placement', (
      SELECT json_build_object('type', pl.type, 'status', pl.status, 'responsibleTeacher', pl."responsibleTeacher", 'plan', pl.plan,
               'school', (SELECT json_build_object('name', s.name) FROM "School" s WHERE s.id = pl."schoolId" AND s."countyCode" = $2),
               'homeTeachingVisits', COALESCE((
                 SELECT json_agg(json_build_object('visitedOn', v."visitedOn", 'hours', v.hours::float8, 'content', v.content)
                                 ORDER BY v."visitedOn" DESC, v.id)
                 FROM "HomeTeachingVisit" v WHERE v."placementId" = pl.id AND v."countyCode" = $2), '[]'::json))
      FROM "Placement" pl WHERE pl."childId" = c.id AND pl."countyCode" = $2 AND pl.status <> 'ENDED'
      LIMIT 1),
    'migrantEnrollment', (
      SELECT json_build_object('hukouOrigin', m."hukouOrigin", 'permitValidTo', m."permitValidTo", 'status', m.status,
               'feeChargedCents', m."feeChargedCents",
               'assignedSchool', (SELECT json_build_object('name', s.name) FROM "School" s WHERE s.id = m."assignedSchoolId" AND s."countyCode" = $2))
      FROM "MigrantEnrollment" m WHERE m."childId" = c.id AND m."countyCode" = $2
      ORDER BY m."appliedOn" DESC, m.id LIMIT 1),
    'careArrangement', (
      SELECT json_build_object('kind', ca.kind, 'caregiverName', ca."caregiverName", 'caregiverRelation', ca."caregiverRelation",
               'surrogates', COALESCE((
                 SELECT json_agg(json_build_object('name', sp.name, 'role', sp.role, 'fromDate', sp."fromDate") ORDER BY sp."fromDate" DESC, sp.id)
                 FROM "SurrogateParent" sp WHERE sp."arrangementId" = ca.id), '[]'::json))
      FROM "CareArrangement" ca WHERE ca."childId" = c.id AND ca."countyCode" = $2 AND ca."endedOn" IS NULL
      LIMIT 1),
    'dropoutCases', COALESCE((
      SELECT json_agg(json_build_object('detectedOn', dc."detectedOn", 'source', dc.source, 'cause', dc.cause, 'status', dc.status,
                        'responsibleHeads', json_build_object('countyHead', dc."countyHeadName", 'bureauHead', dc."bureauHeadName",
                          'townshipHead', dc."townshipHeadName", 'villageHead', dc."villageHeadName", 'principal', dc."principalName",
                          'teacher', dc."teacherName", 'parent', dc."parentName"),
                        'visits', COALESCE((
                          SELECT json_agg(json_build_object('visitedOn', pv."visitedOn", 'visitors', pv.visitors, 'outcome', pv.outcome,
                                            'nextStep', pv."nextStep") ORDER BY pv."visitedOn", pv.id)
                          FROM "PersuasionVisit" pv WHERE pv."caseId" = dc.id AND pv."countyCode" = $2), '[]'::json))
                      ORDER BY dc."detectedOn" DESC, dc.id)
      FROM "DropoutCase" dc WHERE dc."childId" = c.id AND dc."countyCode" = $2), '[]'::json)
  )
  FROM "Child" c WHERE c.id = $1 AND c."countyCode" = $2
)))::text AS body`;

/** One child of ListGrants / ChildById as JSON, the row `c` of "Child"; county $1. */
const GRANTS_CHILD_JSON = `json_build_object(
    'id', c.id,
    'name', c.name,
    'gender', c.gender,
    'birthDate', c."birthDate",
    'household', (
      SELECT json_build_object('id', h.id, 'registrationNumber', h."registrationNumber", 'registeredPoor', h."registeredPoor",
               'minimumLiving', h."minimumLiving", 'extremePoverty', h."extremePoverty")
      FROM "Household" h WHERE h.id = c."householdId" AND h."countyCode" = $1),
    'subsidyGrants', COALESCE((
      SELECT json_agg(json_build_object('id', sg.id, 'schoolYear', sg."schoolYear", 'term', sg.term, 'amountCents', sg."amountCents",
                        'status', sg.status)
                      ORDER BY sg."schoolYear" DESC, sg.term DESC, sg.id)
      FROM "SubsidyGrant" sg WHERE sg."childId" = c.id AND sg."countyCode" = $1), '[]'::json))`;

/** ListGrants(first: $2) of county $1. */
export const LIST_GRANTS_SQL = `
SELECT json_build_object('data', json_build_object('children', json_build_object('edges', COALESCE((
  SELECT json_agg(json_build_object('node', ${GRANTS_CHILD_JSON}) ORDER BY c.id)
  FROM (SELECT id, name, gender, "birthDate", "householdId" FROM "Child" WHERE "countyCode" = $1 ORDER BY id LIMIT $2) c
), '[]'::json))))::text AS body`;

/** ChildById of child $2 in county $1. */
export const CHILD_BY_ID_SQL = `
SELECT json_build_object('data', json_build_object('child', (
  SELECT ${GRANTS_CHILD_JSON}
  FROM "Child" c WHERE c.id = $2 AND c."countyCode" = $1
)))::text AS body`;

export interface FloorCalendar {
  schoolYear: number;
  term: number;
  /** First day of the term, YYYY-MM-DD. */
  termStart: string;
}

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function startFloorServer(o: {
  url: string;
  poolSize: number;
  countyCode: string;
  calendar: FloorCalendar;
  statementTimeoutMs: number;
}): Promise<FloorServer> {
  const pool = new pg.Pool({
    connectionString: o.url,
    max: o.poolSize,
    idleTimeoutMillis: 30000,
    application_name: 'bench-floor',
    options: `-c statement_timeout=${o.statementTimeoutMs}`,
  });
  pool.on('error', () => undefined);

  async function answer(body: unknown): Promise<{ status: number; text: string }> {
    const b = body as { operationName?: unknown; variables?: { id?: unknown; first?: unknown } } | null;
    const v = b?.variables ?? {};
    const first = typeof v.first === 'number' && Number.isInteger(v.first) && v.first >= 1 && v.first <= 100 ? v.first : 100;
    if (b?.operationName === 'ListGrants') {
      const r = await pool.query<{ body: string }>({ name: 'floor_list_grants', text: LIST_GRANTS_SQL, values: [o.countyCode, first] });
      return { status: 200, text: r.rows[0]?.body ?? '{"data":null}' };
    }
    if (b?.operationName === 'ChildById') {
      if (typeof v.id !== 'string' || !UUID_RE.test(v.id)) return { status: 200, text: JSON.stringify({ errors: [{ message: 'bad id' }], data: { child: null } }) };
      const r = await pool.query<{ body: string }>({ name: 'floor_child_by_id', text: CHILD_BY_ID_SQL, values: [o.countyCode, v.id] });
      return { status: 200, text: r.rows[0]?.body ?? '{"data":{"child":null}}' };
    }
    // ChildDetail (by its id variable) or ChildrenDeep.
    if (typeof v.id === 'string') {
      if (!UUID_RE.test(v.id)) return { status: 200, text: JSON.stringify({ errors: [{ message: 'bad id' }], data: { child: null } }) };
      const r = await pool.query<{ body: string }>({
        name: 'floor_child_detail',
        text: CHILD_DETAIL_SQL,
        values: [v.id, o.countyCode, o.calendar.schoolYear, o.calendar.term, o.calendar.termStart],
      });
      return { status: 200, text: r.rows[0]?.body ?? '{"data":{"child":null}}' };
    }
    const r = await pool.query<{ body: string }>({ name: 'floor_children_deep', text: CHILDREN_DEEP_SQL, values: [o.countyCode, first] });
    return { status: 200, text: r.rows[0]?.body ?? '{"data":null}' };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.statusCode = 400;
        res.end('{"errors":[{"message":"bad JSON"}]}');
        return;
      }
      answer(parsed).then(
        ({ status, text }) => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(text);
        },
        (e: unknown) => {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ errors: [{ message: e instanceof Error ? e.message : String(e) }] }));
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await pool.end();
    },
  };
}
