-- statement 1
SELECT o."Id", o."Kind", o."LocalAuthorityId"
FROM "Organisations" AS o
WHERE o."Agency" = @agency AND (o."Id" = @id OR o."Urn" = @org OR o."OdsCode" = @org0 OR o."Name" = @org1)
ORDER BY CASE
    WHEN o."Id" = @id THEN 0
    WHEN o."Urn" = @org2 THEN 1
    WHEN o."OdsCode" = @org3 THEN 2
    ELSE 3
END
LIMIT 1

-- statement 2
SELECT p."Id"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day5) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."OrganisationId" = @organisationId AND c0."Category" = @category)))
ORDER BY p."Id"
LIMIT @p

-- statement 3
SELECT p."GivenName", p."Upn"::text, EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s0
    WHERE p."Id" = s0."PersonId" AND s0."SchoolId" = @schoolId14 AND s0."StartDate" <= @day15 AND (s0."EndDate" IS NULL OR s0."EndDate" > @day15)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    LEFT JOIN "Plans" AS p1 ON c1."InvolvementPlanId" = p1."Id"
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at16 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at17) AND (c1."EndsOn" IS NULL OR c1."EndsOn" > @day18) AND (c1."InvolvementPlanId" IS NULL OR (p1."StartDate" <= @day19 AND (p1."EndDate" IS NULL OR p1."EndDate" > @day19))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency20 AND c2."OrganisationId" = @organisationId21 AND c2."Category" = @category22)), p."Id", l."Id", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS s1
        WHERE p."Id" = s1."PersonId" AND s1."SchoolId" = @schoolId14 AND s1."StartDate" <= @day15 AND (s1."EndDate" IS NULL OR s1."EndDate" > @day15)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c3
        LEFT JOIN "Plans" AS p2 ON c3."InvolvementPlanId" = p2."Id"
        WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at16 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at17) AND (c3."EndsOn" IS NULL OR c3."EndsOn" > @day18) AND (c3."InvolvementPlanId" IS NULL OR (p2."StartDate" <= @day19 AND (p2."EndDate" IS NULL OR p2."EndDate" > @day19))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c4
            WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency20 AND c4."OrganisationId" = @organisationId21 AND c4."Category" = @category22)) THEN 0
    ELSE 1
END
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day5) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."OrganisationId" = @organisationId AND c0."Category" = @category))) AND (p."Id" = @Value10 OR p."Id" = @Value11 OR p."Id" = @Value12 OR p."Id" = @Value13)
ORDER BY p."Id", l."Id"

-- statement 4
SELECT p48."Kind", p."Id", l."Id"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT p10."Kind", p10."ChildId"
    FROM "Plans" AS p10
    WHERE p10."StartDate" <= @Today AND (p10."EndDate" IS NULL OR p10."EndDate" > @Today)
) AS p48 ON p."Id" = p48."ChildId"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day5) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."OrganisationId" = @organisationId AND c0."Category" = @category))) AND (p."Id" = @Value10 OR p."Id" = @Value11 OR p."Id" = @Value12 OR p."Id" = @Value13)
ORDER BY p."Id", l."Id", p48."Kind"

-- statement 5
SELECT s23."HeldAt", p."Id", l."Id", s23."MeetingId", s23."ChildId", s23."Id", s23."Id0", s23.c
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT m50."HeldAt", CASE
        WHEN EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m72
            WHERE m50."Id" = m72."MeetingId" AND m72."Agency" = @agency33 AND m72."OrganisationId" = @org34 AND m72."Status" = 'Attended') OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m73
            INNER JOIN "People" AS p45 ON m73."ChildId" = p45."Id"
            WHERE m50."Id" = m73."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS s21
                WHERE p45."Id" = s21."ChildId" AND s21."StartDate" <= @day35 AND (s21."EndDate" IS NULL OR s21."EndDate" > @day35)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS p46
                WHERE p45."Id" = p46."ChildId" AND p46."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p46."StartDate" <= @day35 AND (p46."EndDate" IS NULL OR p46."EndDate" > @day35)))) THEN 0
        ELSE 1
    END AS c, m50."Id", m49."MeetingId", m49."ChildId", l2."Id" AS "Id0"
    FROM "MeetingChildren" AS m49
    INNER JOIN "Meetings" AS m50 ON m49."MeetingId" = m50."Id"
    INNER JOIN "LocalAuthorities" AS l2 ON m50."LocalAuthorityId" = l2."Id"
    WHERE m50."Kind" = 'StrategyDiscussion' AND l2."Code" = @Value24 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m51
        WHERE m50."Id" = m51."MeetingId" AND m51."Agency" = @agency25 AND m51."OrganisationId" = @org)
) AS s23 ON p."Id" = s23."ChildId"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day5) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."OrganisationId" = @organisationId AND c0."Category" = @category))) AND (p."Id" = @Value10 OR p."Id" = @Value11 OR p."Id" = @Value12 OR p."Id" = @Value13)
ORDER BY p."Id", l."Id", s23."Id", s23."MeetingId", s23."ChildId", s23."Id0"

-- statement 6
SELECT s24."Description", s24."OwnerAgency", s24.c, s24."Id", p."Id", l."Id", s23."MeetingId", s23."ChildId", s23."Id", s23."Id0"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT m50."Id", m49."MeetingId", m49."ChildId", l2."Id" AS "Id0"
    FROM "MeetingChildren" AS m49
    INNER JOIN "Meetings" AS m50 ON m49."MeetingId" = m50."Id"
    INNER JOIN "LocalAuthorities" AS l2 ON m50."LocalAuthorityId" = l2."Id"
    WHERE m50."Kind" = 'StrategyDiscussion' AND l2."Code" = @Value24 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m51
        WHERE m50."Id" = m51."MeetingId" AND m51."Agency" = @agency25 AND m51."OrganisationId" = @org)
) AS s23 ON p."Id" = s23."ChildId"
INNER JOIN (
    SELECT m68."Description", m68."OwnerAgency", 0 AS c, m68."Id", m68."MeetingId"
    FROM "MeetingActions" AS m68
    INNER JOIN "Meetings" AS m69 ON m68."MeetingId" = m69."Id"
    WHERE EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m70
        WHERE m69."Id" = m70."MeetingId" AND m70."Agency" = @agency27 AND m70."OrganisationId" = @org28 AND m70."Status" = 'Attended') OR (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m71
        INNER JOIN "People" AS p43 ON m71."ChildId" = p43."Id"
        WHERE m69."Id" = m71."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s20
            WHERE p43."Id" = s20."ChildId" AND s20."StartDate" <= @day29 AND (s20."EndDate" IS NULL OR s20."EndDate" > @day29)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p44
            WHERE p43."Id" = p44."ChildId" AND p44."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p44."StartDate" <= @day29 AND (p44."EndDate" IS NULL OR p44."EndDate" > @day29)))) AND m68."OwnerAgency" = @agency31 AND m68."OwnerOrganisationId" = @org32)
) AS s24 ON s23."Id" = s24."MeetingId"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at4) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day5) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day6 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."OrganisationId" = @organisationId AND c0."Category" = @category))) AND (p."Id" = @Value10 OR p."Id" = @Value11 OR p."Id" = @Value12 OR p."Id" = @Value13)
ORDER BY p."Id", l."Id", s23."Id", s23."MeetingId", s23."ChildId", s23."Id0", s24."Id"

-- statement 7
SELECT m."MeetingId" AS "K", m."ChildId" AS "C"
FROM "MeetingChildren" AS m
WHERE m."MeetingId" = @Value OR m."MeetingId" = @Value1

-- statement 8
SELECT m."Id" AS "K", m0."ChildId" AS "C"
FROM "MeetingActions" AS m
INNER JOIN "MeetingChildren" AS m0 ON m."MeetingId" = m0."MeetingId"
WHERE m."Id" = @Value AND (m."ChildId" IS NULL OR m."ChildId" = m0."ChildId")

-- statement 9
SELECT p."Id", EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s
    WHERE p."Id" = s."PersonId" AND s."SchoolId" = @schoolId AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)), FALSE, EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p0 ON c."InvolvementPlanId" = p0."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at7) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day8) AND (c."InvolvementPlanId" IS NULL OR (p0."StartDate" <= @day9 AND (p0."EndDate" IS NULL OR p0."EndDate" > @day9))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency AND c0."OrganisationId" = @organisationId AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS s0
    WHERE p."Id" = s0."PersonId" AND s0."SchoolId" = @schoolId13 AND s0."StartDate" <= @day14 AND (s0."EndDate" IS NULL OR s0."EndDate" > @day14)), EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    LEFT JOIN "Plans" AS p1 ON c1."InvolvementPlanId" = p1."Id"
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at15 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at16) AND (c1."EndsOn" IS NULL OR c1."EndsOn" > @day17) AND (c1."InvolvementPlanId" IS NULL OR (p1."StartDate" <= @day18 AND (p1."EndDate" IS NULL OR p1."EndDate" > @day18))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency19 AND c2."OrganisationId" = @organisationId20 AND c2."Category" = @category21)), TRUE
FROM "People" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 10
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE (p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3) AND p."CaseHoldingHubId" IS NOT NULL

