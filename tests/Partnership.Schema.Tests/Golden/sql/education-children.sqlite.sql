-- statement 1
SELECT COUNT(*)
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p0" ON "c"."InvolvementPlanId" = "p0"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at4) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day5) AND ("c"."InvolvementPlanId" IS NULL OR ("p0"."StartDate" <= @day6 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category)))

-- statement 2
SELECT "p"."GivenName", CAST("p"."Upn" AS TEXT), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s0"
    WHERE "p"."Id" = "s0"."PersonId" AND "s0"."SchoolId" = @schoolId11 AND "s0"."StartDate" <= @day12 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day12)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    LEFT JOIN "Plans" AS "p1" ON "c1"."InvolvementPlanId" = "p1"."Id"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at13 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at14) AND ("c1"."EndsOn" IS NULL OR "c1"."EndsOn" > @day15) AND ("c1"."InvolvementPlanId" IS NULL OR ("p1"."StartDate" <= @day16 AND ("p1"."EndDate" IS NULL OR "p1"."EndDate" > @day16))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency17 AND "c2"."OrganisationId" = @organisationId18 AND "c2"."Category" = @category19)), "p"."Id", "l"."Id", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s1"
        WHERE "p"."Id" = "s1"."PersonId" AND "s1"."SchoolId" = @schoolId11 AND "s1"."StartDate" <= @day12 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" > @day12)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        LEFT JOIN "Plans" AS "p2" ON "c3"."InvolvementPlanId" = "p2"."Id"
        WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at13 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at14) AND ("c3"."EndsOn" IS NULL OR "c3"."EndsOn" > @day15) AND ("c3"."InvolvementPlanId" IS NULL OR ("p2"."StartDate" <= @day16 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" > @day16))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency17 AND "c4"."OrganisationId" = @organisationId18 AND "c4"."Category" = @category19)) THEN 0
    ELSE 1
END
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p0" ON "c"."InvolvementPlanId" = "p0"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at4) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day5) AND ("c"."InvolvementPlanId" IS NULL OR ("p0"."StartDate" <= @day6 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day6))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category)))
ORDER BY "p"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "p26"."Kind", "s12"."Id", "s12"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c"
        LEFT JOIN "Plans" AS "p0" ON "c"."InvolvementPlanId" = "p0"."Id"
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at4) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day5) AND ("c"."InvolvementPlanId" IS NULL OR ("p0"."StartDate" <= @day6 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day6))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s12"
INNER JOIN (
    SELECT "p6"."Kind", "p6"."ChildId"
    FROM "Plans" AS "p6"
    WHERE "p6"."StartDate" <= @Today AND ("p6"."EndDate" IS NULL OR "p6"."EndDate" > @Today)
) AS "p26" ON "s12"."Id" = "p26"."ChildId"
ORDER BY "s12"."Id", "s12"."Id0", "p26"."Kind"

-- statement 4
SELECT "s14"."HeldAt", "s13"."Id", "s13"."Id0", "s14"."MeetingId", "s14"."ChildId", "s14"."Id", "s14"."Id0", "s14"."c"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c"
        LEFT JOIN "Plans" AS "p0" ON "c"."InvolvementPlanId" = "p0"."Id"
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at4) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day5) AND ("c"."InvolvementPlanId" IS NULL OR ("p0"."StartDate" <= @day6 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day6))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s13"
INNER JOIN (
    SELECT "m30"."HeldAt", 0 AS "c", "m30"."Id", "m29"."MeetingId", "m29"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m29"
    INNER JOIN "Meetings" AS "m30" ON "m29"."MeetingId" = "m30"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m30"."LocalAuthorityId" = "l2"."Id"
    WHERE "m30"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value21 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m31"
        WHERE "m30"."Id" = "m31"."MeetingId" AND "m31"."Agency" = @agency22 AND "m31"."OrganisationId" = @org)
) AS "s14" ON "s13"."Id" = "s14"."ChildId"
ORDER BY "s13"."Id", "s13"."Id0", "s14"."Id", "s14"."MeetingId", "s14"."ChildId", "s14"."Id0"

-- statement 5
SELECT "s15"."Description", "s15"."OwnerAgency", "s15"."c", "s15"."Id", "s13"."Id", "s13"."Id0", "s14"."MeetingId", "s14"."ChildId", "s14"."Id", "s14"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s"
        WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c"
        LEFT JOIN "Plans" AS "p0" ON "c"."InvolvementPlanId" = "p0"."Id"
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at4) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day5) AND ("c"."InvolvementPlanId" IS NULL OR ("p0"."StartDate" <= @day6 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day6))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category)))
    ORDER BY "p"."Id", "l"."Id"
    LIMIT @p
) AS "s13"
INNER JOIN (
    SELECT "m30"."Id", "m29"."MeetingId", "m29"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m29"
    INNER JOIN "Meetings" AS "m30" ON "m29"."MeetingId" = "m30"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m30"."LocalAuthorityId" = "l2"."Id"
    WHERE "m30"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value21 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m31"
        WHERE "m30"."Id" = "m31"."MeetingId" AND "m31"."Agency" = @agency22 AND "m31"."OrganisationId" = @org)
) AS "s14" ON "s13"."Id" = "s14"."ChildId"
INNER JOIN (
    SELECT "m40"."Description", "m40"."OwnerAgency", 0 AS "c", "m40"."Id", "m40"."MeetingId"
    FROM "MeetingActions" AS "m40"
    INNER JOIN "Meetings" AS "m41" ON "m40"."MeetingId" = "m41"."Id"
    WHERE EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m42"
        WHERE "m41"."Id" = "m42"."MeetingId" AND "m42"."Agency" = @agency24 AND "m42"."OrganisationId" = @org25 AND "m42"."Status" = 'Attended') OR (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m43"
        INNER JOIN "People" AS "p23" ON "m43"."ChildId" = "p23"."Id"
        WHERE "m41"."Id" = "m43"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s10"
            WHERE "p23"."Id" = "s10"."ChildId" AND "s10"."StartDate" <= @day26 AND ("s10"."EndDate" IS NULL OR "s10"."EndDate" > @day26)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p24"
            WHERE "p23"."Id" = "p24"."ChildId" AND "p24"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p24"."StartDate" <= @day26 AND ("p24"."EndDate" IS NULL OR "p24"."EndDate" > @day26)))) AND "m40"."OwnerAgency" = @agency28 AND "m40"."OwnerOrganisationId" = @org29)
) AS "s15" ON "s14"."Id" = "s15"."MeetingId"
ORDER BY "s13"."Id", "s13"."Id0", "s14"."Id", "s14"."MeetingId", "s14"."ChildId", "s14"."Id0", "s15"."Id"

-- statement 6
SELECT "m"."MeetingId" AS "K", "m"."ChildId" AS "C"
FROM "MeetingChildren" AS "m"
WHERE "m"."MeetingId" = @Value OR "m"."MeetingId" = @Value1

-- statement 7
SELECT "m"."Id" AS "K", "m0"."ChildId" AS "C"
FROM "MeetingActions" AS "m"
INNER JOIN "MeetingChildren" AS "m0" ON "m"."MeetingId" = "m0"."MeetingId"
WHERE "m"."Id" = @Value AND ("m"."ChildId" IS NULL OR "m"."ChildId" = "m0"."ChildId")

-- statement 8
SELECT "p"."Id", EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s"
    WHERE "p"."Id" = "s"."PersonId" AND "s"."SchoolId" = @schoolId AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)), 0, EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p0" ON "c"."InvolvementPlanId" = "p0"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at7) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day8) AND ("c"."InvolvementPlanId" IS NULL OR ("p0"."StartDate" <= @day9 AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day9))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s0"
    WHERE "p"."Id" = "s0"."PersonId" AND "s0"."SchoolId" = @schoolId13 AND "s0"."StartDate" <= @day14 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day14)), EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    LEFT JOIN "Plans" AS "p1" ON "c1"."InvolvementPlanId" = "p1"."Id"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at15 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at16) AND ("c1"."EndsOn" IS NULL OR "c1"."EndsOn" > @day17) AND ("c1"."InvolvementPlanId" IS NULL OR ("p1"."StartDate" <= @day18 AND ("p1"."EndDate" IS NULL OR "p1"."EndDate" > @day18))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency19 AND "c2"."OrganisationId" = @organisationId20 AND "c2"."Category" = @category21)), 1
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 9
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3) AND "p"."CaseHoldingHubId" IS NOT NULL

