-- statement 1
SELECT COUNT(*)
FROM "People" AS "p"
LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s"
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day2))) AND (EXISTS (
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
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at12 AND "e"."ExpiresAt" > @at120 AND "e"."RevokedAt" IS NULL))

-- statement 2
SELECT "p"."Id", "p"."GivenName", NOT EXISTS (
    SELECT 1
    FROM "Addresses" AS "a"
    WHERE "p"."Id" = "a"."PersonId" AND NOT ("a"."IsConfidential") AND "a"."ValidFrom" <= @Today AND ("a"."ValidTo" IS NULL OR "a"."ValidTo" >= @Today16)), CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s0"
        WHERE "p"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day17 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day18)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p3"
        WHERE "p"."Id" = "p3"."ChildId" AND "p3"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p3"."StartDate" <= @day17 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" >= @day18))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m2"
        INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
        WHERE "p"."Id" = "m2"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m4"
            WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency21)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p4"
        WHERE "p"."Id" = "p4"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p5"
            WHERE "p4"."Id" = "p5"."PlanId" AND "p5"."Agency" = @agency210)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c1"
        WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at23 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at24) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c2"
            WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency25 AND "c2"."Category" = @category26)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e0"
        WHERE "p"."Id" = "e0"."ChildId" AND "e0"."Subject" = @subject27 AND "e0"."GrantedAt" <= @at28 AND "e0"."ExpiresAt" > @at280 AND "e0"."RevokedAt" IS NULL) THEN (
        SELECT "a0"."Postcode"
        FROM "Addresses" AS "a0"
        WHERE "p"."Id" = "a0"."PersonId" AND NOT ("a0"."IsConfidential") AND "a0"."ValidFrom" <= @Today AND ("a0"."ValidTo" IS NULL OR "a0"."ValidTo" >= @Today16)
        ORDER BY "a0"."ValidFrom" DESC
        LIMIT 1)
END, 0, (
    SELECT "a1"."Id"
    FROM "Addresses" AS "a1"
    WHERE "p"."Id" = "a1"."PersonId" AND NOT ("a1"."IsConfidential") AND "a1"."ValidFrom" <= @Today AND ("a1"."ValidTo" IS NULL OR "a1"."ValidTo" >= @Today16)
    ORDER BY "a1"."ValidFrom" DESC
    LIMIT 1), "l"."Id", CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s1"
        WHERE "p"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day17 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" >= @day18)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p6"
        WHERE "p"."Id" = "p6"."ChildId" AND ("p6"."Kind" = 'ChildProtection' OR "p6"."Kind" = 'PreBirth' OR "p6"."Kind" = 'LookedAfter') AND "p6"."StartDate" <= @day17 AND ("p6"."EndDate" IS NULL OR "p6"."EndDate" >= @day18))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m5"
        INNER JOIN "Meetings" AS "m6" ON "m5"."MeetingId" = "m6"."Id"
        WHERE "p"."Id" = "m5"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m7"
            WHERE "m6"."Id" = "m7"."MeetingId" AND "m7"."Agency" = @agency211)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p7"
        WHERE "p"."Id" = "p7"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p8"
            WHERE "p7"."Id" = "p8"."PlanId" AND "p8"."Agency" = @agency212)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c3"
        WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at23 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at24) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c4"
            WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency25 AND "c4"."Category" = @category26)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e1"
        WHERE "p"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject27 AND "e1"."GrantedAt" <= @at281 AND "e1"."ExpiresAt" > @at282 AND "e1"."RevokedAt" IS NULL) THEN 0
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
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day2)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day2))) AND (EXISTS (
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
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at8) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at12 AND "e"."ExpiresAt" > @at120 AND "e"."RevokedAt" IS NULL))
ORDER BY CASE
    WHEN "p"."FamilyName" IS NULL THEN 0
    ELSE 1
END, "p"."FamilyName", "p"."Id", "l"."Id"
LIMIT @p

-- statement 3
SELECT "s12"."Kind", "s12"."c", "s12"."c0", "s12"."Id", "s11"."Id", "s11"."Id0"
FROM (
    SELECT "p"."Id", "l"."Id" AS "Id0", CASE
        WHEN "p"."FamilyName" IS NULL THEN 0
        ELSE 1
    END AS "c", "p"."FamilyName"
    FROM "People" AS "p"
    LEFT JOIN "LocalAuthorities" AS "l" ON "p"."LocalAuthorityId" = "l"."Id"
    WHERE "p"."Kind" = 'Child' AND "p"."Kind" = 'Child' AND "l"."Id" IS NOT NULL AND "l"."Code" = @Value AND (((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s"
        WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day2)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p0"
        WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day2))) AND (EXISTS (
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
        WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at8) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c0"
            WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency9 AND "c0"."Category" = @category)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e"
        WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at12 AND "e"."ExpiresAt" > @at120 AND "e"."RevokedAt" IS NULL))
    ORDER BY CASE
        WHEN "p"."FamilyName" IS NULL THEN 0
        ELSE 1
    END, "p"."FamilyName", "p"."Id", "l"."Id"
    LIMIT @p
) AS "s11"
INNER JOIN (
    SELECT "p28"."Kind", CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s8"
            WHERE "p29"."Id" = "s8"."ChildId" AND "s8"."StartDate" <= @day47 AND ("s8"."EndDate" IS NULL OR "s8"."EndDate" >= @day48)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p33"
            WHERE "p29"."Id" = "p33"."ChildId" AND "p33"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p33"."StartDate" <= @day47 AND ("p33"."EndDate" IS NULL OR "p33"."EndDate" >= @day48))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m26"
            INNER JOIN "Meetings" AS "m27" ON "m26"."MeetingId" = "m27"."Id"
            WHERE "p29"."Id" = "m26"."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS "m28"
                WHERE "m27"."Id" = "m28"."MeetingId" AND "m28"."Agency" = @agency51)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p34"
            WHERE "p29"."Id" = "p34"."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS "p35"
                WHERE "p34"."Id" = "p35"."PlanId" AND "p35"."Agency" = @agency510)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS "c17"
            WHERE "p29"."Id" = "c17"."ChildId" AND "c17"."GivenAt" <= @at53 AND ("c17"."WithdrawnAt" IS NULL OR "c17"."WithdrawnAt" > @at54) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS "c18"
                WHERE "c17"."Id" = "c18"."ConsentId" AND "c18"."Agency" = @agency55 AND "c18"."Category" = @category56)) THEN COALESCE("p28"."LatestCategory", "p28"."InitialCategory")
    END AS "c", CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS "s9"
            WHERE "p29"."Id" = "s9"."ChildId" AND "s9"."StartDate" <= @day47 AND ("s9"."EndDate" IS NULL OR "s9"."EndDate" >= @day48)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p36"
            WHERE "p29"."Id" = "p36"."ChildId" AND "p36"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p36"."StartDate" <= @day47 AND ("p36"."EndDate" IS NULL OR "p36"."EndDate" >= @day48))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS "m29"
            INNER JOIN "Meetings" AS "m30" ON "m29"."MeetingId" = "m30"."Id"
            WHERE "p29"."Id" = "m29"."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS "m31"
                WHERE "m30"."Id" = "m31"."MeetingId" AND "m31"."Agency" = @agency511)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS "p37"
            WHERE "p29"."Id" = "p37"."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS "p38"
                WHERE "p37"."Id" = "p38"."PlanId" AND "p38"."Agency" = @agency512)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS "c19"
            WHERE "p29"."Id" = "c19"."ChildId" AND "c19"."GivenAt" <= @at53 AND ("c19"."WithdrawnAt" IS NULL OR "c19"."WithdrawnAt" > @at54) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS "c20"
                WHERE "c19"."Id" = "c20"."ConsentId" AND "c20"."Agency" = @agency55 AND "c20"."Category" = @category56)) THEN 0
        ELSE 1
    END AS "c0", "p28"."Id", "p28"."ChildId"
    FROM "Plans" AS "p28"
    INNER JOIN "People" AS "p29" ON "p28"."ChildId" = "p29"."Id"
    WHERE ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS "s7"
        WHERE "p29"."Id" = "s7"."ChildId" AND "s7"."StartDate" <= @day34 AND ("s7"."EndDate" IS NULL OR "s7"."EndDate" >= @day35)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p30"
        WHERE "p29"."Id" = "p30"."ChildId" AND "p30"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p30"."StartDate" <= @day34 AND ("p30"."EndDate" IS NULL OR "p30"."EndDate" >= @day35))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS "m23"
        INNER JOIN "Meetings" AS "m24" ON "m23"."MeetingId" = "m24"."Id"
        WHERE "p29"."Id" = "m23"."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS "m25"
            WHERE "m24"."Id" = "m25"."MeetingId" AND "m25"."Agency" = @agency38)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS "p31"
        WHERE "p29"."Id" = "p31"."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS "p32"
            WHERE "p31"."Id" = "p32"."PlanId" AND "p32"."Agency" = @agency380)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS "c15"
        WHERE "p29"."Id" = "c15"."ChildId" AND "c15"."GivenAt" <= @at40 AND ("c15"."WithdrawnAt" IS NULL OR "c15"."WithdrawnAt" > @at41) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS "c16"
            WHERE "c15"."Id" = "c16"."ConsentId" AND "c16"."Agency" = @agency42 AND "c16"."Category" = @category43)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS "e3"
        WHERE "p29"."Id" = "e3"."ChildId" AND "e3"."Subject" = @subject44 AND "e3"."GrantedAt" <= @at45 AND "e3"."ExpiresAt" > @at450 AND "e3"."RevokedAt" IS NULL)
) AS "s12" ON "s11"."Id" = "s12"."ChildId"
ORDER BY "s11"."c", "s11"."FamilyName", "s11"."Id", "s11"."Id0", "s12"."Id"

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
    WHERE "p"."Id" = "s"."ChildId" AND "s"."StartDate" <= @day AND ("s"."EndDate" IS NULL OR "s"."EndDate" >= @day5)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p0"
    WHERE "p"."Id" = "p0"."ChildId" AND "p0"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p0"."StartDate" <= @day AND ("p0"."EndDate" IS NULL OR "p0"."EndDate" >= @day5))) AND (EXISTS (
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
    WHERE "p"."Id" = "c"."ChildId" AND "c"."GivenAt" <= @at AND ("c"."WithdrawnAt" IS NULL OR "c"."WithdrawnAt" > @at11) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c0"
        WHERE "c"."Id" = "c0"."ConsentId" AND "c0"."Agency" = @agency12 AND "c0"."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e"
    WHERE "p"."Id" = "e"."ChildId" AND "e"."Subject" = @subject AND "e"."GrantedAt" <= @at15 AND "e"."ExpiresAt" > @at150 AND "e"."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s0"
    WHERE "p"."Id" = "s0"."ChildId" AND "s0"."StartDate" <= @day17 AND ("s0"."EndDate" IS NULL OR "s0"."EndDate" >= @day18)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p3"
    WHERE "p"."Id" = "p3"."ChildId" AND "p3"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p3"."StartDate" <= @day17 AND ("p3"."EndDate" IS NULL OR "p3"."EndDate" >= @day18))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m2"
    INNER JOIN "Meetings" AS "m3" ON "m2"."MeetingId" = "m3"."Id"
    WHERE "p"."Id" = "m2"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m4"
        WHERE "m3"."Id" = "m4"."MeetingId" AND "m4"."Agency" = @agency21)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p4"
    WHERE "p"."Id" = "p4"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p5"
        WHERE "p4"."Id" = "p5"."PlanId" AND "p5"."Agency" = @agency210))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c1"
    WHERE "p"."Id" = "c1"."ChildId" AND "c1"."GivenAt" <= @at23 AND ("c1"."WithdrawnAt" IS NULL OR "c1"."WithdrawnAt" > @at24) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c2"
        WHERE "c1"."Id" = "c2"."ConsentId" AND "c2"."Agency" = @agency25 AND "c2"."Category" = @category26)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e0"
    WHERE "p"."Id" = "e0"."ChildId" AND "e0"."Subject" = @subject27 AND "e0"."GrantedAt" <= @at28 AND "e0"."ExpiresAt" > @at280 AND "e0"."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s1"
    WHERE "p"."Id" = "s1"."ChildId" AND "s1"."StartDate" <= @day30 AND ("s1"."EndDate" IS NULL OR "s1"."EndDate" >= @day31)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p6"
    WHERE "p"."Id" = "p6"."ChildId" AND "p6"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p6"."StartDate" <= @day30 AND ("p6"."EndDate" IS NULL OR "p6"."EndDate" >= @day31))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m5"
    INNER JOIN "Meetings" AS "m6" ON "m5"."MeetingId" = "m6"."Id"
    WHERE "p"."Id" = "m5"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m7"
        WHERE "m6"."Id" = "m7"."MeetingId" AND "m7"."Agency" = @agency34)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p7"
    WHERE "p"."Id" = "p7"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p8"
        WHERE "p7"."Id" = "p8"."PlanId" AND "p8"."Agency" = @agency340))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c3"
    WHERE "p"."Id" = "c3"."ChildId" AND "c3"."GivenAt" <= @at36 AND ("c3"."WithdrawnAt" IS NULL OR "c3"."WithdrawnAt" > @at37) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c4"
        WHERE "c3"."Id" = "c4"."ConsentId" AND "c4"."Agency" = @agency38 AND "c4"."Category" = @category39)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS "e1"
    WHERE "p"."Id" = "e1"."ChildId" AND "e1"."Subject" = @subject40 AND "e1"."GrantedAt" <= @at41 AND "e1"."ExpiresAt" > @at410 AND "e1"."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS "s2"
    WHERE "p"."Id" = "s2"."ChildId" AND "s2"."StartDate" <= @day43 AND ("s2"."EndDate" IS NULL OR "s2"."EndDate" >= @day44)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p9"
    WHERE "p"."Id" = "p9"."ChildId" AND "p9"."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND "p9"."StartDate" <= @day43 AND ("p9"."EndDate" IS NULL OR "p9"."EndDate" >= @day44))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS "m8"
    INNER JOIN "Meetings" AS "m9" ON "m8"."MeetingId" = "m9"."Id"
    WHERE "p"."Id" = "m8"."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS "m10"
        WHERE "m9"."Id" = "m10"."MeetingId" AND "m10"."Agency" = @agency47)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS "p10"
    WHERE "p"."Id" = "p10"."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS "p11"
        WHERE "p10"."Id" = "p11"."PlanId" AND "p11"."Agency" = @agency470))), EXISTS (
    SELECT 1
    FROM "Consents" AS "c5"
    WHERE "p"."Id" = "c5"."ChildId" AND "c5"."GivenAt" <= @at49 AND ("c5"."WithdrawnAt" IS NULL OR "c5"."WithdrawnAt" > @at50) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS "c6"
        WHERE "c5"."Id" = "c6"."ConsentId" AND "c6"."Agency" = @agency51 AND "c6"."Category" = @category52))
FROM "People" AS "p"
WHERE "p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3

-- statement 7
SELECT "p"."Id", "p"."CaseHoldingHubId" AS "Hub"
FROM "People" AS "p"
WHERE ("p"."Id" = @Value OR "p"."Id" = @Value1 OR "p"."Id" = @Value2 OR "p"."Id" = @Value3) AND "p"."CaseHoldingHubId" IS NOT NULL

