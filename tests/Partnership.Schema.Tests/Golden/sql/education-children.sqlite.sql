-- statement 1
SELECT "p"."Id"
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
ORDER BY "p"."Id"
LIMIT @p

-- statement 2
SELECT "p"."GivenName", CAST("p"."Upn" AS TEXT), EXISTS (
    SELECT 1
    FROM "SchoolEnrolments" AS "s0"
    WHERE "p"."Id" = "s0"."PersonId" AND "s0"."SchoolId" = @schoolId14 AND "s0"."StartDate" <= @day15 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day15)) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    LEFT JOIN "Plans" AS "p1" ON "c1"."InvolvementPlanId" = "p1"."Id"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at16 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at17) AND ("c1"."EndsOn" IS NULL OR "c1"."EndsOn" > @day18) AND ("c1"."InvolvementPlanId" IS NULL OR ("p1"."StartDate" <= @day19 AND ("p1"."EndDate" IS NULL OR "p1"."EndDate" > @day19))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency20 AND "c2"."OrganisationId" = @organisationId21 AND "c2"."Category" = @category22)), "p"."Id", "l"."Id", CASE
    WHEN EXISTS (
        SELECT 1
        FROM "SchoolEnrolments" AS "s1"
        WHERE "p"."Id" = "s1"."PersonId" AND "s1"."SchoolId" = @schoolId14 AND "s1"."StartDate" <= @day15 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" > @day15)) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        LEFT JOIN "Plans" AS "p2" ON "c3"."InvolvementPlanId" = "p2"."Id"
        WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at16 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at17) AND ("c3"."EndsOn" IS NULL OR "c3"."EndsOn" > @day18) AND ("c3"."InvolvementPlanId" IS NULL OR ("p2"."StartDate" <= @day19 AND ("p2"."EndDate" IS NULL OR "p2"."EndDate" > @day19))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency20 AND "c4"."OrganisationId" = @organisationId21 AND "c4"."Category" = @category22)) THEN 0
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
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category))) AND ("p"."Id" = @Value10 OR "p"."Id" = @Value11 OR "p"."Id" = @Value12 OR "p"."Id" = @Value13)
ORDER BY "p"."Id", "l"."Id"

-- statement 3
SELECT "p32"."Kind", "p"."Id", "l"."Id"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "p6"."Kind", "p6"."ChildId"
    FROM "Plans" AS "p6"
    WHERE "p6"."StartDate" <= @Today AND ("p6"."EndDate" IS NULL OR "p6"."EndDate" > @Today)
) AS "p32" ON "p"."Id" = "p32"."ChildId"
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
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category))) AND ("p"."Id" = @Value10 OR "p"."Id" = @Value11 OR "p"."Id" = @Value12 OR "p"."Id" = @Value13)
ORDER BY "p"."Id", "l"."Id", "p32"."Kind"

-- statement 4
SELECT "s15"."HeldAt", "p"."Id", "l"."Id", "s15"."MeetingId", "s15"."ChildId", "s15"."Id", "s15"."Id0", "s15"."c"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "m34"."HeldAt", CASE
        WHEN EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m48"
            WHERE "m34"."Id" = "m48"."MeetingId" AND "m48"."Agency" = @agency33 AND "m48"."OrganisationId" = @org34 AND "m48"."Status" = 'Attended') OR EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m49"
            INNER JOIN "People" AS "p29" ON "m49"."ChildId" = "p29"."Id"
            WHERE "m34"."Id" = "m49"."MeetingId" AND (EXISTS (
                SELECT 1
                FROM "Section47Enquiries" AS "s13"
                WHERE "p29"."Id" = "s13"."ChildId" AND "s13"."StartDate" <= @day35 AND ("s13"."EndDate" IS NULL OR "s13"."EndDate" > @day35)) OR EXISTS (
                SELECT 1
                FROM "Plans" AS "p30"
                WHERE "p29"."Id" = "p30"."ChildId" AND "p30"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p30"."StartDate" <= @day35 AND ("p30"."EndDate" IS NULL OR "p30"."EndDate" > @day35)))) THEN 0
        ELSE 1
    END AS "c", "m34"."Id", "m33"."MeetingId", "m33"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m33"
    INNER JOIN "Meetings" AS "m34" ON "m33"."MeetingId" = "m34"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m34"."LocalAuthorityId" = "l2"."Id"
    WHERE "m34"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value24 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m35"
        WHERE "m34"."Id" = "m35"."MeetingId" AND "m35"."Agency" = @agency25 AND "m35"."OrganisationId" = @org)
) AS "s15" ON "p"."Id" = "s15"."ChildId"
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
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category))) AND ("p"."Id" = @Value10 OR "p"."Id" = @Value11 OR "p"."Id" = @Value12 OR "p"."Id" = @Value13)
ORDER BY "p"."Id", "l"."Id", "s15"."Id", "s15"."MeetingId", "s15"."ChildId", "s15"."Id0"

-- statement 5
SELECT "s16"."Description", "s16"."OwnerAgency", "s16"."c", "s16"."Id", "p"."Id", "l"."Id", "s15"."MeetingId", "s15"."ChildId", "s15"."Id", "s15"."Id0"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "m34"."Id", "m33"."MeetingId", "m33"."ChildId", "l2"."Id" AS "Id0"
    FROM "MeetingChildren" AS "m33"
    INNER JOIN "Meetings" AS "m34" ON "m33"."MeetingId" = "m34"."Id"
    INNER JOIN "LocalAuthorities" AS "l2" ON "m34"."LocalAuthorityId" = "l2"."Id"
    WHERE "m34"."Kind" = 'StrategyDiscussion' AND "l2"."Code" = @Value24 AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m35"
        WHERE "m34"."Id" = "m35"."MeetingId" AND "m35"."Agency" = @agency25 AND "m35"."OrganisationId" = @org)
) AS "s15" ON "p"."Id" = "s15"."ChildId"
INNER JOIN (
    SELECT "m44"."Description", "m44"."OwnerAgency", 0 AS "c", "m44"."Id", "m44"."MeetingId"
    FROM "MeetingActions" AS "m44"
    INNER JOIN "Meetings" AS "m45" ON "m44"."MeetingId" = "m45"."Id"
    WHERE EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m46"
        WHERE "m45"."Id" = "m46"."MeetingId" AND "m46"."Agency" = @agency27 AND "m46"."OrganisationId" = @org28 AND "m46"."Status" = 'Attended') OR (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m47"
        INNER JOIN "People" AS "p27" ON "m47"."ChildId" = "p27"."Id"
        WHERE "m45"."Id" = "m47"."MeetingId" AND (EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s12"
            WHERE "p27"."Id" = "s12"."ChildId" AND "s12"."StartDate" <= @day29 AND ("s12"."EndDate" IS NULL OR "s12"."EndDate" > @day29)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p28"
            WHERE "p27"."Id" = "p28"."ChildId" AND "p28"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p28"."StartDate" <= @day29 AND ("p28"."EndDate" IS NULL OR "p28"."EndDate" > @day29)))) AND "m44"."OwnerAgency" = @agency31 AND "m44"."OwnerOrganisationId" = @org32)
) AS "s16" ON "s15"."Id" = "s16"."MeetingId"
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
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency AND "c0"."OrganisationId" = @organisationId AND "c0"."Category" = @category))) AND ("p"."Id" = @Value10 OR "p"."Id" = @Value11 OR "p"."Id" = @Value12 OR "p"."Id" = @Value13)
ORDER BY "p"."Id", "l"."Id", "s15"."Id", "s15"."MeetingId", "s15"."ChildId", "s15"."Id0", "s16"."Id"

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

