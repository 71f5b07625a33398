-- statement 1
SELECT "p"."Id"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p3" ON "c"."InvolvementPlanId" = "p3"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at6) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day7) AND ("c"."InvolvementPlanId" IS NULL OR ("p3"."StartDate" <= @day8 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" > @day8))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency12 AND "e"."OrganisationId" = @organisationId AND "e"."GrantedAt" <= @at14 AND "e"."ExpiresAt" > @at140 AND "e"."RevokedAt" IS NULL))
ORDER BY CASE
    WHEN "p"."FamilyName" IS NULL THEN 0
    ELSE 1
END, "p"."FamilyName", "p"."Id"
LIMIT @p

-- statement 2
SELECT "p"."Id", "p"."GivenName", NOT EXISTS (
    SELECT 1
    FROM "Addresses" AS "a"
    WHERE "p"."Id" = "a"."PersonId" AND NOT ("a"."IsConfidential") AND "a"."ValidFrom" <= @Today AND ("a"."ValidTo" IS NULL OR "a"."ValidTo" > @Today)), CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s0"
        WHERE "p"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day21 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day21)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p4"
        WHERE "p"."Id" = "p4"."ChildId" AND "p4"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p4"."StartDate" <= @day21 AND ("p4"."EndDate" IS NULL OR "p4"."EndDate" > @day21))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        WHERE "p"."Id" = "m2"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency23)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p5"
        WHERE "p"."Id" = "p5"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p6"
            WHERE "p5"."Id" = "p6"."PlanId" AND "p6"."Agency" = @agency230)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c1"
        LEFT JOIN "Plans" AS "p7" ON "c1"."InvolvementPlanId" = "p7"."Id"
        WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at25 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at26) AND ("c1"."EndsOn" IS NULL OR "c1"."EndsOn" > @day27) AND ("c1"."InvolvementPlanId" IS NULL OR ("p7"."StartDate" <= @day28 AND ("p7"."EndDate" IS NULL OR "p7"."EndDate" > @day28))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c2"
            WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency29 AND "c2"."Category" = @category30)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e0"
        WHERE "p"."Id" = "e0"."ChildId" AND "e0"."Subject" = @subject31 AND "e0"."Agency" = @agency32 AND "e0"."OrganisationId" = @organisationId33 AND "e0"."GrantedAt" <= @at34 AND "e0"."ExpiresAt" > @at340 AND "e0"."RevokedAt" IS NULL) THEN (
        SELECT "a0"."Postcode"
        FROM "Addresses" AS "a0"
        WHERE "p"."Id" = "a0"."PersonId" AND NOT ("a0"."IsConfidential") AND "a0"."ValidFrom" <= @Today AND ("a0"."ValidTo" IS NULL OR "a0"."ValidTo" > @Today)
        ORDER BY "a0"."ValidFrom" DESC
        LIMIT 1)
END, 0, (
    SELECT "a1"."Id"
    FROM "Addresses" AS "a1"
    WHERE "p"."Id" = "a1"."PersonId" AND NOT ("a1"."IsConfidential") AND "a1"."ValidFrom" <= @Today AND ("a1"."ValidTo" IS NULL OR "a1"."ValidTo" > @Today)
    ORDER BY "a1"."ValidFrom" DESC
    LIMIT 1), "l"."Id", CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day21 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" > @day21)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p8"
        WHERE "p"."Id" = "p8"."ChildId" AND ("p8"."Kind" = 'ChildProtection' OR "p8"."Kind" = 'PreBirth' OR "p8"."Kind" = 'LookedAfter') AND "p8"."StartDate" <= @day21 AND ("p8"."EndDate" IS NULL OR "p8"."EndDate" > @day21))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "Meetings" AS "m6" ON "m5"."MeetingId" = "m6"."Id"
        WHERE "p"."Id" = "m5"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m7"
            WHERE "m6"."Id" = "m7"."MeetingId" AND "m7"."Agency" = @agency231)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p9"
        WHERE "p"."Id" = "p9"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p10"
            WHERE "p9"."Id" = "p10"."PlanId" AND "p10"."Agency" = @agency232)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        LEFT JOIN "Plans" AS "p11" ON "c3"."InvolvementPlanId" = "p11"."Id"
        WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at25 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at26) AND ("c3"."EndsOn" IS NULL OR "c3"."EndsOn" > @day27) AND ("c3"."InvolvementPlanId" IS NULL OR ("p11"."StartDate" <= @day28 AND ("p11"."EndDate" IS NULL OR "p11"."EndDate" > @day28))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency29 AND "c4"."Category" = @category30)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject31 AND "e1"."Agency" = @agency32 AND "e1"."OrganisationId" = @organisationId33 AND "e1"."GrantedAt" <= @at341 AND "e1"."ExpiresAt" > @at342 AND "e1"."RevokedAt" IS NULL) THEN 0
    ELSE 1
END, CASE
    WHEN "p"."FamilyName" IS NULL THEN 0
    ELSE 1
END, "p"."FamilyName"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p3" ON "c"."InvolvementPlanId" = "p3"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at6) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day7) AND ("c"."InvolvementPlanId" IS NULL OR ("p3"."StartDate" <= @day8 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" > @day8))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency12 AND "e"."OrganisationId" = @organisationId AND "e"."GrantedAt" <= @at14 AND "e"."ExpiresAt" > @at140 AND "e"."RevokedAt" IS NULL)) AND ("p"."Id" = @Value16 OR "p"."Id" = @Value17 OR "p"."Id" = @Value18 OR "p"."Id" = @Value19)
ORDER BY CASE
    WHEN "p"."FamilyName" IS NULL THEN 0
    ELSE 1
END, "p"."FamilyName", "p"."Id", "l"."Id"

-- statement 3
SELECT "s11"."Kind", "s11"."c", "s11"."c0", "s11"."Id", "p"."Id", "l"."Id"
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
INNER JOIN (
    SELECT "p36"."Kind", CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s8"
            WHERE "p37"."Id" = "s8"."ChildId" AND "s8"."StartDate" <= @day53 AND ("s8"."EndDate" IS NULL OR "s8"."EndDate" > @day53)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p42"
            WHERE "p37"."Id" = "p42"."ChildId" AND "p42"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p42"."StartDate" <= @day53 AND ("p42"."EndDate" IS NULL OR "p42"."EndDate" > @day53))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m26"
            INNER JOIN "Meetings" AS "m27" ON "m26"."MeetingId" = "m27"."Id"
            WHERE "p37"."Id" = "m26"."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS "m28"
                WHERE "m27"."Id" = "m28"."MeetingId" AND "m28"."Agency" = @agency55)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p43"
            WHERE "p37"."Id" = "p43"."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS "p44"
                WHERE "p43"."Id" = "p44"."PlanId" AND "p44"."Agency" = @agency550)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS "c17"
            LEFT JOIN "Plans" AS "p45" ON "c17"."InvolvementPlanId" = "p45"."Id"
            WHERE "p37"."Id" = "c17"."ChildId" AND "c17"."GivenAt" <= @at57 AND ("c17"."WithdrawnAt" IS NULL OR "c17"."WithdrawnAt" > @at58) AND ("c17"."EndsOn" IS NULL OR "c17"."EndsOn" > @day59) AND ("c17"."InvolvementPlanId" IS NULL OR ("p45"."StartDate" <= @day60 AND ("p45"."EndDate" IS NULL OR "p45"."EndDate" > @day60))) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS "c18"
                WHERE "c17"."Id" = "c18"."ConsentId" AND "c18"."Agency" = @agency61 AND "c18"."Category" = @category62)) THEN COALESCE("p36"."LatestCategory", "p36"."InitialCategory")
    END AS "c", CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s9"
            WHERE "p37"."Id" = "s9"."ChildId" AND "s9"."StartDate" <= @day53 AND ("s9"."EndDate" IS NULL OR "s9"."EndDate" > @day53)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p46"
            WHERE "p37"."Id" = "p46"."ChildId" AND "p46"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p46"."StartDate" <= @day53 AND ("p46"."EndDate" IS NULL OR "p46"."EndDate" > @day53))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m29"
            INNER JOIN "Meetings" AS "m30" ON "m29"."MeetingId" = "m30"."Id"
            WHERE "p37"."Id" = "m29"."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS "m31"
                WHERE "m30"."Id" = "m31"."MeetingId" AND "m31"."Agency" = @agency551)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p47"
            WHERE "p37"."Id" = "p47"."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS "p48"
                WHERE "p47"."Id" = "p48"."PlanId" AND "p48"."Agency" = @agency552)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS "c19"
            LEFT JOIN "Plans" AS "p49" ON "c19"."InvolvementPlanId" = "p49"."Id"
            WHERE "p37"."Id" = "c19"."ChildId" AND "c19"."GivenAt" <= @at57 AND ("c19"."WithdrawnAt" IS NULL OR "c19"."WithdrawnAt" > @at58) AND ("c19"."EndsOn" IS NULL OR "c19"."EndsOn" > @day59) AND ("c19"."InvolvementPlanId" IS NULL OR ("p49"."StartDate" <= @day60 AND ("p49"."EndDate" IS NULL OR "p49"."EndDate" > @day60))) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS "c20"
                WHERE "c19"."Id" = "c20"."ConsentId" AND "c20"."Agency" = @agency61 AND "c20"."Category" = @category62)) THEN 0
        ELSE 1
    END AS "c0", "p36"."Id", "p36"."ChildId"
    FROM "Plans" AS "p36"
    INNER JOIN "People" AS "p37" ON "p36"."ChildId" = "p37"."Id"
    WHERE ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s7"
        WHERE "p37"."Id" = "s7"."ChildId" AND "s7"."StartDate" <= @day38 AND ("s7"."EndDate" IS NULL OR "s7"."EndDate" > @day38)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p38"
        WHERE "p37"."Id" = "p38"."ChildId" AND "p38"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p38"."StartDate" <= @day38 AND ("p38"."EndDate" IS NULL OR "p38"."EndDate" > @day38))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m23"
        INNER JOIN "Meetings" AS "m24" ON "m23"."MeetingId" = "m24"."Id"
        WHERE "p37"."Id" = "m23"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m25"
            WHERE "m24"."Id" = "m25"."MeetingId" AND "m25"."Agency" = @agency40)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p39"
        WHERE "p37"."Id" = "p39"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p40"
            WHERE "p39"."Id" = "p40"."PlanId" AND "p40"."Agency" = @agency400)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c15"
        LEFT JOIN "Plans" AS "p41" ON "c15"."InvolvementPlanId" = "p41"."Id"
        WHERE "p37"."Id" = "c15"."ChildId" AND "c15"."GivenAt" <= @at42 AND ("c15"."WithdrawnAt" IS NULL OR "c15"."WithdrawnAt" > @at43) AND ("c15"."EndsOn" IS NULL OR "c15"."EndsOn" > @day44) AND ("c15"."InvolvementPlanId" IS NULL OR ("p41"."StartDate" <= @day45 AND ("p41"."EndDate" IS NULL OR "p41"."EndDate" > @day45))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c16"
            WHERE "c15"."Id" = "c16"."ConsentId" AND "c16"."Agency" = @agency46 AND "c16"."Category" = @category47)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e3"
        WHERE "p37"."Id" = "e3"."ChildId" AND "e3"."Subject" = @subject48 AND "e3"."Agency" = @agency49 AND "e3"."OrganisationId" = @organisationId50 AND "e3"."GrantedAt" <= @at51 AND "e3"."ExpiresAt" > @at510 AND "e3"."RevokedAt" IS NULL)
) AS "s11" ON "p"."Id" = "s11"."ChildId"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p3" ON "c"."InvolvementPlanId" = "p3"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at6) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day7) AND ("c"."InvolvementPlanId" IS NULL OR ("p3"."StartDate" <= @day8 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" > @day8))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency12 AND "e"."OrganisationId" = @organisationId AND "e"."GrantedAt" <= @at14 AND "e"."ExpiresAt" > @at140 AND "e"."RevokedAt" IS NULL)) AND ("p"."Id" = @Value16 OR "p"."Id" = @Value17 OR "p"."Id" = @Value18 OR "p"."Id" = @Value19)
ORDER BY CASE
    WHEN "p"."FamilyName" IS NULL THEN 0
    ELSE 1
END, "p"."FamilyName", "p"."Id", "l"."Id", "s11"."Id"

-- statement 4
SELECT "p"."Id" AS "K", "p"."ChildId" AS "C"
FROM "Plans" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 5
SELECT "a"."Id" AS "K", "a"."PersonId" AS "C"
FROM "Addresses" AS "a"
WHERE "a"."Id" = @Value OR "a"."Id" = @Value1

-- statement 6
SELECT "p"."Id", (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" > @day))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m"
    INNER JOIN "Meetings" AS "m0" ON "m"."MeetingId" = "m0"."Id"
    WHERE "p"."Id" = "m"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m1"
        WHERE "m0"."Id" = "m1"."MeetingId" AND "m1"."Agency" = @agency)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p1"
    WHERE "p"."Id" = "p1"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p2"
        WHERE "p1"."Id" = "p2"."PlanId" AND "p2"."Agency" = @agency0))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c"
    LEFT JOIN "Plans" AS "p3" ON "c"."InvolvementPlanId" = "p3"."Id"
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at9) AND ("c"."EndsOn" IS NULL OR "c"."EndsOn" > @day10) AND ("c"."InvolvementPlanId" IS NULL OR ("p3"."StartDate" <= @day11 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" > @day11))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency12 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."Agency" = @agency15 AND "e"."OrganisationId" = @organisationId AND "e"."GrantedAt" <= @at17 AND "e"."ExpiresAt" > @at170 AND "e"."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s0"
    WHERE "p"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day19 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" > @day19)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p4"
    WHERE "p"."Id" = "p4"."ChildId" AND "p4"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p4"."StartDate" <= @day19 AND ("p4"."EndDate" IS NULL OR "p4"."EndDate" > @day19))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    WHERE "p"."Id" = "m2"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency21)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p5"
    WHERE "p"."Id" = "p5"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p6"
        WHERE "p5"."Id" = "p6"."PlanId" AND "p6"."Agency" = @agency210))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    LEFT JOIN "Plans" AS "p7" ON "c1"."InvolvementPlanId" = "p7"."Id"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at23 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at24) AND ("c1"."EndsOn" IS NULL OR "c1"."EndsOn" > @day25) AND ("c1"."InvolvementPlanId" IS NULL OR ("p7"."StartDate" <= @day26 AND ("p7"."EndDate" IS NULL OR "p7"."EndDate" > @day26))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency27 AND "c2"."Category" = @category28)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e0"
    WHERE "p"."Id" = "e0"."ChildId" AND "e0"."Subject" = @subject29 AND "e0"."Agency" = @agency30 AND "e0"."OrganisationId" = @organisationId31 AND "e0"."GrantedAt" <= @at32 AND "e0"."ExpiresAt" > @at320 AND "e0"."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s1"
    WHERE "p"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day34 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" > @day34)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p8"
    WHERE "p"."Id" = "p8"."ChildId" AND "p8"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p8"."StartDate" <= @day34 AND ("p8"."EndDate" IS NULL OR "p8"."EndDate" > @day34))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m5"
    INNER JOIN "Meetings" AS "m6" ON "m5"."MeetingId" = "m6"."Id"
    WHERE "p"."Id" = "m5"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m7"
        WHERE "m6"."Id" = "m7"."MeetingId" AND "m7"."Agency" = @agency36)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p9"
    WHERE "p"."Id" = "p9"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p10"
        WHERE "p9"."Id" = "p10"."PlanId" AND "p10"."Agency" = @agency360))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c3"
    LEFT JOIN "Plans" AS "p11" ON "c3"."InvolvementPlanId" = "p11"."Id"
    WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at38 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at39) AND ("c3"."EndsOn" IS NULL OR "c3"."EndsOn" > @day40) AND ("c3"."InvolvementPlanId" IS NULL OR ("p11"."StartDate" <= @day41 AND ("p11"."EndDate" IS NULL OR "p11"."EndDate" > @day41))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c4"
        WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency42 AND "c4"."Category" = @category43)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e1"
    WHERE "p"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject44 AND "e1"."Agency" = @agency45 AND "e1"."OrganisationId" = @organisationId46 AND "e1"."GrantedAt" <= @at47 AND "e1"."ExpiresAt" > @at470 AND "e1"."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s2"
    WHERE "p"."Id" = "s2"."ChildId" AND "s2"."StartDate" <= @day49 AND ("s2"."EndDate" IS NULL OR "s2"."EndDate" > @day49)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p12"
    WHERE "p"."Id" = "p12"."ChildId" AND "p12"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p12"."StartDate" <= @day49 AND ("p12"."EndDate" IS NULL OR "p12"."EndDate" > @day49))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m8"
    INNER JOIN "Meetings" AS "m9" ON "m8"."MeetingId" = "m9"."Id"
    WHERE "p"."Id" = "m8"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m10"
        WHERE "m9"."Id" = "m10"."MeetingId" AND "m10"."Agency" = @agency51)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p13"
    WHERE "p"."Id" = "p13"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p14"
        WHERE "p13"."Id" = "p14"."PlanId" AND "p14"."Agency" = @agency510))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c5"
    LEFT JOIN "Plans" AS "p15" ON "c5"."InvolvementPlanId" = "p15"."Id"
    WHERE "p"."Id" = "c5"."ChildId" AND "c5"."GivenAt" <= @at53 AND ("c5"."WithdrawnAt" IS NULL OR "c5"."WithdrawnAt" > @at54) AND ("c5"."EndsOn" IS NULL OR "c5"."EndsOn" > @day55) AND ("c5"."InvolvementPlanId" IS NULL OR ("p15"."StartDate" <= @day56 AND ("p15"."EndDate" IS NULL OR "p15"."EndDate" > @day56))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c6"
        WHERE "c5"."Id" = "c6"."ConsentId" AND "c6"."Agency" = @agency57 AND "c6"."Category" = @category58))
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 7
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3) AND "p"."CaseHoldingHubId" IS NOT NULL

