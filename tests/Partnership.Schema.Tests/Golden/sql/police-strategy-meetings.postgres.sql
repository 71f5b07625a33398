-- statement 1
SELECT count(*)::int
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m1
    INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m1."MeetingId" AND l0."Code" = ANY (@councils3) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m3
        WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency4) AND m1."Agency" = @Value5)

-- statement 2
SELECT m."HeldAt", FALSE, l."Code", 0, l."Id", m."Id", NOT (l."Code" = ANY (@councils27) AND l."Code" = ANY (@councils27) IS NOT NULL) OR NOT EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m4
    WHERE m."Id" = m4."MeetingId" AND m4."Agency" = @agency28), m."DecisionStartSection47"
FROM "Meetings" AS m
INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m0
    WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value AND EXISTS (
    SELECT 1
    FROM "MeetingInvitations" AS m1
    INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
    INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
    WHERE m."Id" = m1."MeetingId" AND l0."Code" = ANY (@councils3) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m3
        WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency4) AND m1."Agency" = @Value5)
ORDER BY m."HeldAt" DESC, m."Id", l."Id"
LIMIT @p

-- statement 3
SELECT s5."GivenName", s5.c, s5."Id", s4."Id", s4."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND l0."Code" = ANY (@councils3) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency4) AND m1."Agency" = @Value5)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s4
INNER JOIN (
    SELECT p15."GivenName", 0 AS c, p15."Id", m20."MeetingId"
    FROM "MeetingChildren" AS m20
    INNER JOIN "People" AS p15 ON m20."ChildId" = p15."Id"
    LEFT JOIN "LocalAuthorities" AS l5 ON p15."LocalAuthorityId" = l5."Id"
    WHERE p15."Kind" = 'Child' AND l5."Id" IS NOT NULL AND (l5."Code" = ANY (@councils7) OR (l5."Code" IS NULL AND array_position(@councils7, NULL) IS NOT NULL)) AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s3
        WHERE p15."Id" = s3."ChildId" AND s3."StartDate" <= @day AND (s3."EndDate" IS NULL OR s3."EndDate" >= @day9)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p16
        WHERE p15."Id" = p16."ChildId" AND p16."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p16."StartDate" <= @day AND (p16."EndDate" IS NULL OR p16."EndDate" >= @day9))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m21
        INNER JOIN "Meetings" AS m22 ON m21."MeetingId" = m22."Id"
        WHERE p15."Id" = m21."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m23
            WHERE m22."Id" = m23."MeetingId" AND m23."Agency" = @agency12)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p17
        WHERE p15."Id" = p17."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p18
            WHERE p17."Id" = p18."PlanId" AND p18."Agency" = @agency120)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c14
        WHERE p15."Id" = c14."ChildId" AND c14."GivenAt" <= @at AND (c14."WithdrawnAt" IS NULL OR c14."WithdrawnAt" > @at15) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c15
            WHERE c14."Id" = c15."ConsentId" AND c15."Agency" = @agency16 AND c15."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e3
        WHERE p15."Id" = e3."ChildId" AND e3."Subject" = @subject AND e3."GrantedAt" <= @at19 AND e3."ExpiresAt" > @at190 AND e3."RevokedAt" IS NULL))
) AS s5 ON s4."Id" = s5."MeetingId"
ORDER BY s4."HeldAt" DESC, s4."Id", s4."Id0", s5."Id"

-- statement 4
SELECT s7."Agency", s7."Status", s7.c, s7."Id", s6."Id", s6."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND l0."Code" = ANY (@councils3) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency4) AND m1."Agency" = @Value5)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s6
INNER JOIN (
    SELECT m30."Agency", m30."Status", 0 AS c, m30."Id", m30."MeetingId"
    FROM "MeetingInvitations" AS m30
    INNER JOIN "Meetings" AS m31 ON m30."MeetingId" = m31."Id"
    INNER JOIN "LocalAuthorities" AS l8 ON m31."LocalAuthorityId" = l8."Id"
    WHERE l8."Code" = ANY (@councils3) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m32
        WHERE m31."Id" = m32."MeetingId" AND m32."Agency" = @agency4)
) AS s7 ON s6."Id" = s7."MeetingId"
ORDER BY s6."HeldAt" DESC, s6."Id", s6."Id0", s7."Id"

-- statement 5
SELECT s9."Agency", s9."Text", s9.c, s9."Id", s8."Id", s8."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND l0."Code" = ANY (@councils3) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency4) AND m1."Agency" = @Value5)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s8
INNER JOIN (
    SELECT m41."Agency", m41."Text", 0 AS c, m41."Id", m41."MeetingId"
    FROM "MeetingContributions" AS m41
    INNER JOIN "Meetings" AS m42 ON m41."MeetingId" = m42."Id"
    INNER JOIN "LocalAuthorities" AS l11 ON m42."LocalAuthorityId" = l11."Id"
    WHERE l11."Code" = ANY (@councils23) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m43
        WHERE m42."Id" = m43."MeetingId" AND m43."Agency" = @agency24) AND (m41."Agency" = @agency25 OR (m41."Category" NOT IN ('AssessmentAndCaseNotes', 'ConfidentialAddress') AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m44
        WHERE m42."Id" = m44."MeetingId" AND m44."Agency" = @agency250 AND m44."Status" <> 'Apologies' AND m44."Status" <> 'DidNotAttend')))
) AS s9 ON s8."Id" = s9."MeetingId"
ORDER BY s8."HeldAt" DESC, s8."Id", s8."Id0", s9."Id"

-- statement 6
SELECT s11."Description", s11."OwnerAgency", s11.c, s11."Id", s10."Id", s10."Id0"
FROM (
    SELECT m."Id", l."Id" AS "Id0", m."HeldAt"
    FROM "Meetings" AS m
    INNER JOIN "LocalAuthorities" AS l ON m."LocalAuthorityId" = l."Id"
    WHERE m."Kind" = 'StrategyDiscussion' AND l."Code" = ANY (@councils) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m0
        WHERE m."Id" = m0."MeetingId" AND m0."Agency" = @agency) AND m."HeldAt" >= @Value AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m1
        INNER JOIN "Meetings" AS m2 ON m1."MeetingId" = m2."Id"
        INNER JOIN "LocalAuthorities" AS l0 ON m2."LocalAuthorityId" = l0."Id"
        WHERE m."Id" = m1."MeetingId" AND l0."Code" = ANY (@councils3) AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m3
            WHERE m2."Id" = m3."MeetingId" AND m3."Agency" = @agency4) AND m1."Agency" = @Value5)
    ORDER BY m."HeldAt" DESC, m."Id", l."Id"
    LIMIT @p
) AS s10
INNER JOIN (
    SELECT m54."Description", m54."OwnerAgency", 0 AS c, m54."Id", m54."MeetingId"
    FROM "MeetingActions" AS m54
    INNER JOIN "Meetings" AS m55 ON m54."MeetingId" = m55."Id"
    INNER JOIN "LocalAuthorities" AS l14 ON m55."LocalAuthorityId" = l14."Id"
    WHERE l14."Code" = ANY (@councils29) AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m56
        WHERE m55."Id" = m56."MeetingId" AND m56."Agency" = @agency30)
) AS s11 ON s10."Id" = s11."MeetingId"
ORDER BY s10."HeldAt" DESC, s10."Id", s10."Id0", s11."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = ANY (@keys)

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingInvitations" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys)

-- statement 9
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = ANY (@keys)

-- statement 10
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingContributions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 11
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = ANY (@keys) AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 12
SELECT p."Id", TRUE, (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND (p0."Kind" = 'ChildProtection' OR p0."Kind" = 'PreBirth' OR p0."Kind" = 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" >= @day2))) AND (EXISTS (
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
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."GrantedAt" <= @at12 AND e."ExpiresAt" > @at120 AND e."RevokedAt" IS NULL)
FROM "People" AS p
WHERE p."Id" = ANY (@ids)

-- statement 13
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE p."Id" = ANY (@children) AND p."CaseHoldingHubId" IS NOT NULL

