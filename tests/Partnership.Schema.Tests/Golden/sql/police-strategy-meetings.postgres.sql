-- statement 1
SELECT m."Id"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value9 AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m1
    INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m1."MeetingId" AND (l0."Code" = @Value10 OR l0."Code" = @Value11 OR l0."Code" = @Value12 OR l0."Code" = @Value13 OR l0."Code" = @Value14 OR l0."Code" = @Value15 OR l0."Code" = @Value16 OR l0."Code" = @Value17) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m3
        WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency18) AND m1."Agency" = @Value19)
ORDER BY m."HeldAt" DESC, m."Id"
LIMIT @p

-- statement 2
SELECT m."HeldAt", FALSE, l."Code", 0, l."Id", m."Id", FALSE, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        WHERE m."Id" = m1."MeetingId" AND m1."Agency" = @agency42 AND m1."Status" = 'Attended') OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m2
        INNER JOIN "People" AS p ON m2."ChildId" = p."Id"
        WHERE m."Id" = m2."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s
            WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day43 AND (s."EndDate" IS NULL OR s."EndDate" > @day43)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p0
            WHERE p."Id" = p0."ChildId" AND (p0."Kind" = 'ChildProtection' OR p0."Kind" = 'PreBirth' OR p0."Kind" = 'LookedAfter') AND p0."StartDate" <= @day43 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day43)))) THEN m."DecisionStartSection47"
END, CASE
    WHEN EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m3
        WHERE m."Id" = m3."MeetingId" AND m3."Agency" = @agency42 AND m3."Status" = 'Attended') OR EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m4
        INNER JOIN "People" AS p1 ON m4."ChildId" = p1."Id"
        WHERE m."Id" = m4."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s0
            WHERE p1."Id" = s0."ChildId" AND s0."StartDate" <= @day43 AND (s0."EndDate" IS NULL OR s0."EndDate" > @day43)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p2
            WHERE p1."Id" = p2."ChildId" AND (p2."Kind" = 'ChildProtection' OR p2."Kind" = 'PreBirth' OR p2."Kind" = 'LookedAfter') AND p2."StartDate" <= @day43 AND (p2."EndDate" IS NULL OR p2."EndDate" > @day43)))) THEN 0
    ELSE 3
END
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15 OR m."Id" = @Value16)
ORDER BY m."HeldAt" DESC, m."Id", l."Id"

-- statement 3
SELECT s12."GivenName", s12.c, s12."Id", m."Id", l."Id"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT p19."GivenName", 0 AS c, p19."Id", m17."MeetingId"
    FROM "MeetingChildren" AS m17
    INNER JOIN "People" AS p19 ON m17."ChildId" = p19."Id"
    LEFT JOIN "LocalAuthorities" AS l4 ON p19."LocalAuthorityId" = l4."Id"
    WHERE p19."Kind" = 'Child' AND l4."Id" IS NOT NULL AND (l4."Code" = @Value17 OR l4."Code" = @Value18 OR l4."Code" = @Value19 OR l4."Code" = @Value20 OR l4."Code" = @Value21 OR l4."Code" = @Value22 OR l4."Code" = @Value23 OR l4."Code" = @Value24) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s3
        WHERE p19."Id" = s3."ChildId" AND s3."StartDate" <= @day AND (s3."EndDate" IS NULL OR s3."EndDate" > @day)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p20
        WHERE p19."Id" = p20."ChildId" AND p20."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p20."StartDate" <= @day AND (p20."EndDate" IS NULL OR p20."EndDate" > @day))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m18
        INNER JOIN "Meetings" AS m19 ON m18."MeetingId" = m19."Id"
        WHERE p19."Id" = m18."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m20
            WHERE m19."Id" = m20."MeetingId" AND m20."Agency" = @agency27)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p21
        WHERE p19."Id" = p21."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p22
            WHERE p21."Id" = p22."PlanId" AND p22."Agency" = @agency270)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c7
        LEFT JOIN "Plans" AS p23 ON c7."InvolvementPlanId" = p23."Id"
        WHERE p19."Id" = c7."ChildId" AND c7."GivenAt" <= @at AND (c7."WithdrawnAt" IS NULL OR c7."WithdrawnAt" > @at30) AND (c7."EndsOn" IS NULL OR c7."EndsOn" > @day31) AND (c7."InvolvementPlanId" IS NULL OR (p23."StartDate" <= @day32 AND (p23."EndDate" IS NULL OR p23."EndDate" > @day32))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c8
            WHERE c7."Id" = c8."ConsentId" AND c8."Agency" = @agency33 AND c8."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e3
        WHERE p19."Id" = e3."ChildId" AND e3."Subject" = @subject AND e3."Agency" = @agency36 AND e3."OrganisationId" IS NULL AND e3."GrantedAt" <= @at38 AND e3."ExpiresAt" > @at380 AND e3."RevokedAt" IS NULL))
) AS s12 ON m."Id" = s12."MeetingId"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15 OR m."Id" = @Value16)
ORDER BY m."HeldAt" DESC, m."Id", l."Id", s12."Id"

-- statement 4
SELECT m23."Agency", m23."Status", 0, m23."Id", m."Id", l."Id"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
INNER JOIN "MeetingInvitations" AS m23 ON m."Id" = m23."MeetingId"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15 OR m."Id" = @Value16)
ORDER BY m."HeldAt" DESC, m."Id", l."Id", m23."Id"

-- statement 5
SELECT s13."Agency", s13."Text", s13.c, s13."Id", m."Id", l."Id"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT m30."Agency", m30."Text", 0 AS c, m30."Id", m30."MeetingId"
    FROM "MeetingContributions" AS m30
    INNER JOIN "Meetings" AS m31 ON m30."MeetingId" = m31."Id"
    WHERE m30."Agency" = @agency40 OR (m30."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m32
        WHERE m31."Id" = m32."MeetingId" AND m32."Agency" = @agency41 AND m32."Status" = 'Attended'))
) AS s13 ON m."Id" = s13."MeetingId"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15 OR m."Id" = @Value16)
ORDER BY m."HeldAt" DESC, m."Id", l."Id", s13."Id"

-- statement 6
SELECT s14."Description", s14."OwnerAgency", s14.c, s14."Id", m."Id", l."Id"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT m49."Description", m49."OwnerAgency", 0 AS c, m49."Id", m49."MeetingId"
    FROM "MeetingActions" AS m49
    INNER JOIN "Meetings" AS m50 ON m49."MeetingId" = m50."Id"
    WHERE EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m51
        WHERE m50."Id" = m51."MeetingId" AND m51."Agency" = @agency45 AND m51."Status" = 'Attended') OR (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m52
        INNER JOIN "People" AS p36 ON m52."ChildId" = p36."Id"
        WHERE m50."Id" = m52."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s10
            WHERE p36."Id" = s10."ChildId" AND s10."StartDate" <= @day46 AND (s10."EndDate" IS NULL OR s10."EndDate" > @day46)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p37
            WHERE p36."Id" = p37."ChildId" AND p37."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p37."StartDate" <= @day46 AND (p37."EndDate" IS NULL OR p37."EndDate" > @day46)))) AND m49."OwnerAgency" = @agency48)
) AS s14 ON m."Id" = s14."MeetingId"
WHERE m."Kind" = 'StrategyDiscussion' AND (l."Code" = @Value OR l."Code" = @Value1 OR l."Code" = @Value2 OR l."Code" = @Value3 OR l."Code" = @Value4 OR l."Code" = @Value5 OR l."Code" = @Value6 OR l."Code" = @Value7) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND (m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15 OR m."Id" = @Value16)
ORDER BY m."HeldAt" DESC, m."Id", l."Id", s14."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value OR m."MeetingId" = @Value1 OR m."MeetingId" = @Value2 OR m."MeetingId" = @Value3 OR m."MeetingId" = @Value4 OR m."MeetingId" = @Value5 OR m."MeetingId" = @Value6 OR m."MeetingId" = @Value7

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingInvitations" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = @Value OR m."Id" = @Value1 OR m."Id" = @Value2 OR m."Id" = @Value3 OR m."Id" = @Value4 OR m."Id" = @Value5 OR m."Id" = @Value6 OR m."Id" = @Value7 OR m."Id" = @Value8 OR m."Id" = @Value9 OR m."Id" = @Value10 OR m."Id" = @Value11 OR m."Id" = @Value12 OR m."Id" = @Value13 OR m."Id" = @Value14 OR m."Id" = @Value15

-- statement 9
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value OR m."MeetingId" = @Value1 OR m."MeetingId" = @Value2 OR m."MeetingId" = @Value3

-- statement 10
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingContributions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE (m."Id" = @Value OR m."Id" = @Value1 OR m."Id" = @Value2 OR m."Id" = @Value3 OR m."Id" = @Value4 OR m."Id" = @Value5 OR m."Id" = @Value6 OR m."Id" = @Value7) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 11
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE (m."Id" = @Value OR m."Id" = @Value1 OR m."Id" = @Value2 OR m."Id" = @Value3) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 12
SELECT p."Id", TRUE, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND (p0."Kind" = 'ChildProtection' OR p0."Kind" = 'PreBirth' OR p0."Kind" = 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m
    INNER JOIN "Meetings" AS m0 ON m."MeetingId" = m0."Id"
    WHERE p."Id" = m."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        WHERE m0."Id" = m1."MeetingId" AND m1."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p1
    WHERE p."Id" = p1."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p2
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0))), EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p3 ON c."InvolvementPlanId" = p3."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at13) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day14) AND (c."InvolvementPlanId" IS NULL OR (p3."StartDate" <= @day15 AND (p3."EndDate" IS NULL OR p3."EndDate" > @day15))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency16 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."Agency" = @agency19 AND e."OrganisationId" IS NULL AND e."GrantedAt" <= @at21 AND e."ExpiresAt" > @at210 AND e."RevokedAt" IS NULL)
FROM "People" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3 OR p."Id" = @Value4 OR p."Id" = @Value5 OR p."Id" = @Value6 OR p."Id" = @Value7

-- statement 13
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE (p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3 OR p."Id" = @Value4 OR p."Id" = @Value5 OR p."Id" = @Value6 OR p."Id" = @Value7) AND p."CaseHoldingHubId" IS NOT NULL

