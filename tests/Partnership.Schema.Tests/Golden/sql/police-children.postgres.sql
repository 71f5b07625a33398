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
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" > @day))) AND (EXISTS (
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
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p3 ON c."InvolvementPlanId" = p3."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at6) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day7) AND (c."InvolvementPlanId" IS NULL OR (p3."StartDate" <= @day8 AND (p3."EndDate" IS NULL OR p3."EndDate" > @day8))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."Agency" = @agency12 AND e."OrganisationId" = @organisationId AND e."GrantedAt" <= @at14 AND e."ExpiresAt" > @at140 AND e."RevokedAt" IS NULL))
ORDER BY CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName", p."Id"
LIMIT @p

-- statement 3
SELECT p."Id", p."GivenName", NOT EXISTS (
    SELECT 1
    FROM "Addresses" AS a
    WHERE p."Id" = a."PersonId" AND NOT (a."IsConfidential") AND a."ValidFrom" <= @Today AND (a."ValidTo" IS NULL OR a."ValidTo" > @Today)), CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s0
        WHERE p."Id" = s0."ChildId" AND s0."StartDate" <= @day21 AND (s0."EndDate" IS NULL OR s0."EndDate" > @day21)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p4
        WHERE p."Id" = p4."ChildId" AND (p4."Kind" = 'ChildProtection' OR p4."Kind" = 'PreBirth' OR p4."Kind" = 'LookedAfter') AND p4."StartDate" <= @day21 AND (p4."EndDate" IS NULL OR p4."EndDate" > @day21))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m2
        INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
        WHERE p."Id" = m2."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m4
            WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency23)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p5
        WHERE p."Id" = p5."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p6
            WHERE p5."Id" = p6."PlanId" AND p6."Agency" = @agency230)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c1
        LEFT JOIN "Plans" AS p7 ON c1."InvolvementPlanId" = p7."Id"
        WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at25 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at26) AND (c1."EndsOn" IS NULL OR c1."EndsOn" > @day27) AND (c1."InvolvementPlanId" IS NULL OR (p7."StartDate" <= @day28 AND (p7."EndDate" IS NULL OR p7."EndDate" > @day28))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c2
            WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency29 AND c2."Category" = @category30)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e0
        WHERE p."Id" = e0."ChildId" AND e0."Subject" = @subject31 AND e0."Agency" = @agency32 AND e0."OrganisationId" = @organisationId33 AND e0."GrantedAt" <= @at34 AND e0."ExpiresAt" > @at340 AND e0."RevokedAt" IS NULL) THEN (
        SELECT a0."Postcode"
        FROM "Addresses" AS a0
        WHERE p."Id" = a0."PersonId" AND NOT (a0."IsConfidential") AND a0."ValidFrom" <= @Today AND (a0."ValidTo" IS NULL OR a0."ValidTo" > @Today)
        ORDER BY a0."ValidFrom" DESC
        LIMIT 1)
END, 0, (
    SELECT a1."Id"
    FROM "Addresses" AS a1
    WHERE p."Id" = a1."PersonId" AND NOT (a1."IsConfidential") AND a1."ValidFrom" <= @Today AND (a1."ValidTo" IS NULL OR a1."ValidTo" > @Today)
    ORDER BY a1."ValidFrom" DESC
    LIMIT 1), l."Id", CASE
    WHEN ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s1
        WHERE p."Id" = s1."ChildId" AND s1."StartDate" <= @day21 AND (s1."EndDate" IS NULL OR s1."EndDate" > @day21)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p8
        WHERE p."Id" = p8."ChildId" AND (p8."Kind" = 'ChildProtection' OR p8."Kind" = 'PreBirth' OR p8."Kind" = 'LookedAfter') AND p8."StartDate" <= @day21 AND (p8."EndDate" IS NULL OR p8."EndDate" > @day21))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m5
        INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
        WHERE p."Id" = m5."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m7
            WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency231)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p9
        WHERE p."Id" = p9."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p10
            WHERE p9."Id" = p10."PlanId" AND p10."Agency" = @agency232)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c3
        LEFT JOIN "Plans" AS p11 ON c3."InvolvementPlanId" = p11."Id"
        WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at25 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at26) AND (c3."EndsOn" IS NULL OR c3."EndsOn" > @day27) AND (c3."InvolvementPlanId" IS NULL OR (p11."StartDate" <= @day28 AND (p11."EndDate" IS NULL OR p11."EndDate" > @day28))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c4
            WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency29 AND c4."Category" = @category30)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e1
        WHERE p."Id" = e1."ChildId" AND e1."Subject" = @subject31 AND e1."Agency" = @agency32 AND e1."OrganisationId" = @organisationId33 AND e1."GrantedAt" <= @at341 AND e1."ExpiresAt" > @at342 AND e1."RevokedAt" IS NULL) THEN 0
    ELSE 1
END, CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" > @day))) AND (EXISTS (
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
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p3 ON c."InvolvementPlanId" = p3."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at6) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day7) AND (c."InvolvementPlanId" IS NULL OR (p3."StartDate" <= @day8 AND (p3."EndDate" IS NULL OR p3."EndDate" > @day8))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."Agency" = @agency12 AND e."OrganisationId" = @organisationId AND e."GrantedAt" <= @at14 AND e."ExpiresAt" > @at140 AND e."RevokedAt" IS NULL)) AND (p."Id" = @Value16 OR p."Id" = @Value17 OR p."Id" = @Value18 OR p."Id" = @Value19)
ORDER BY CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName", p."Id", l."Id"

-- statement 4
SELECT s42."Kind", s42.c, s42.c0, s42."Id", p."Id", l."Id"
FROM "People" AS p
LEFT JOIN "LocalAuthorities" AS l ON p."LocalAuthorityId" = l."Id"
INNER JOIN (
    SELECT p148."Kind", CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s39
            WHERE p149."Id" = s39."ChildId" AND s39."StartDate" <= @day53 AND (s39."EndDate" IS NULL OR s39."EndDate" > @day53)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p170
            WHERE p149."Id" = p170."ChildId" AND p170."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p170."StartDate" <= @day53 AND (p170."EndDate" IS NULL OR p170."EndDate" > @day53))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m119
            INNER JOIN "Meetings" AS m120 ON m119."MeetingId" = m120."Id"
            WHERE p149."Id" = m119."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS m121
                WHERE m120."Id" = m121."MeetingId" AND m121."Agency" = @agency55)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p171
            WHERE p149."Id" = p171."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS p172
                WHERE p171."Id" = p172."PlanId" AND p172."Agency" = @agency550)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS c79
            LEFT JOIN "Plans" AS p173 ON c79."InvolvementPlanId" = p173."Id"
            WHERE p149."Id" = c79."ChildId" AND c79."GivenAt" <= @at57 AND (c79."WithdrawnAt" IS NULL OR c79."WithdrawnAt" > @at58) AND (c79."EndsOn" IS NULL OR c79."EndsOn" > @day59) AND (c79."InvolvementPlanId" IS NULL OR (p173."StartDate" <= @day60 AND (p173."EndDate" IS NULL OR p173."EndDate" > @day60))) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS c80
                WHERE c79."Id" = c80."ConsentId" AND c80."Agency" = @agency61 AND c80."Category" = @category62)) THEN COALESCE(p148."LatestCategory", p148."InitialCategory")
    END AS c, CASE
        WHEN ((EXISTS (
            SELECT 1
            FROM "Section47Enquiries" AS s40
            WHERE p149."Id" = s40."ChildId" AND s40."StartDate" <= @day53 AND (s40."EndDate" IS NULL OR s40."EndDate" > @day53)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p174
            WHERE p149."Id" = p174."ChildId" AND p174."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p174."StartDate" <= @day53 AND (p174."EndDate" IS NULL OR p174."EndDate" > @day53))) AND (EXISTS (
            SELECT 1
            FROM "MeetingChildren" AS m122
            INNER JOIN "Meetings" AS m123 ON m122."MeetingId" = m123."Id"
            WHERE p149."Id" = m122."ChildId" AND EXISTS (
                SELECT 1
                FROM "MeetingInvitations" AS m124
                WHERE m123."Id" = m124."MeetingId" AND m124."Agency" = @agency551)) OR EXISTS (
            SELECT 1
            FROM "Plans" AS p175
            WHERE p149."Id" = p175."ChildId" AND EXISTS (
                SELECT 1
                FROM "PlanMembers" AS p176
                WHERE p175."Id" = p176."PlanId" AND p176."Agency" = @agency552)))) OR EXISTS (
            SELECT 1
            FROM "Consents" AS c81
            LEFT JOIN "Plans" AS p177 ON c81."InvolvementPlanId" = p177."Id"
            WHERE p149."Id" = c81."ChildId" AND c81."GivenAt" <= @at57 AND (c81."WithdrawnAt" IS NULL OR c81."WithdrawnAt" > @at58) AND (c81."EndsOn" IS NULL OR c81."EndsOn" > @day59) AND (c81."InvolvementPlanId" IS NULL OR (p177."StartDate" <= @day60 AND (p177."EndDate" IS NULL OR p177."EndDate" > @day60))) AND EXISTS (
                SELECT 1
                FROM "ConsentScopes" AS c82
                WHERE c81."Id" = c82."ConsentId" AND c82."Agency" = @agency61 AND c82."Category" = @category62)) THEN 0
        ELSE 1
    END AS c0, p148."Id", p148."ChildId"
    FROM "Plans" AS p148
    INNER JOIN "People" AS p149 ON p148."ChildId" = p149."Id"
    WHERE ((EXISTS (
        SELECT 1
        FROM "Section47Enquiries" AS s34
        WHERE p149."Id" = s34."ChildId" AND s34."StartDate" <= @day38 AND (s34."EndDate" IS NULL OR s34."EndDate" > @day38)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p150
        WHERE p149."Id" = p150."ChildId" AND p150."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p150."StartDate" <= @day38 AND (p150."EndDate" IS NULL OR p150."EndDate" > @day38))) AND (EXISTS (
        SELECT 1
        FROM "MeetingChildren" AS m104
        INNER JOIN "Meetings" AS m105 ON m104."MeetingId" = m105."Id"
        WHERE p149."Id" = m104."ChildId" AND EXISTS (
            SELECT 1
            FROM "MeetingInvitations" AS m106
            WHERE m105."Id" = m106."MeetingId" AND m106."Agency" = @agency40)) OR EXISTS (
        SELECT 1
        FROM "Plans" AS p151
        WHERE p149."Id" = p151."ChildId" AND EXISTS (
            SELECT 1
            FROM "PlanMembers" AS p152
            WHERE p151."Id" = p152."PlanId" AND p152."Agency" = @agency400)))) OR EXISTS (
        SELECT 1
        FROM "Consents" AS c69
        LEFT JOIN "Plans" AS p153 ON c69."InvolvementPlanId" = p153."Id"
        WHERE p149."Id" = c69."ChildId" AND c69."GivenAt" <= @at42 AND (c69."WithdrawnAt" IS NULL OR c69."WithdrawnAt" > @at43) AND (c69."EndsOn" IS NULL OR c69."EndsOn" > @day44) AND (c69."InvolvementPlanId" IS NULL OR (p153."StartDate" <= @day45 AND (p153."EndDate" IS NULL OR p153."EndDate" > @day45))) AND EXISTS (
            SELECT 1
            FROM "ConsentScopes" AS c70
            WHERE c69."Id" = c70."ConsentId" AND c70."Agency" = @agency46 AND c70."Category" = @category47)) OR EXISTS (
        SELECT 1
        FROM "EmergencyAccessGrants" AS e10
        WHERE p149."Id" = e10."ChildId" AND e10."Subject" = @subject48 AND e10."Agency" = @agency49 AND e10."OrganisationId" = @organisationId50 AND e10."GrantedAt" <= @at51 AND e10."ExpiresAt" > @at510 AND e10."RevokedAt" IS NULL)
) AS s42 ON p."Id" = s42."ChildId"
WHERE p."Kind" = 'Child' AND p."Kind" = 'Child' AND l."Id" IS NOT NULL AND l."Code" = @Value AND (((EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s
    WHERE p."Id" = s."ChildId" AND s."StartDate" <= @day AND (s."EndDate" IS NULL OR s."EndDate" > @day)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p0
    WHERE p."Id" = p0."ChildId" AND p0."Kind" IN ('ChildProtection', 'PreBirth', 'LookedAfter') AND p0."StartDate" <= @day AND (p0."EndDate" IS NULL OR p0."EndDate" > @day))) AND (EXISTS (
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
        WHERE p1."Id" = p2."PlanId" AND p2."Agency" = @agency0)))) OR EXISTS (
    SELECT 1
    FROM "Consents" AS c
    LEFT JOIN "Plans" AS p3 ON c."InvolvementPlanId" = p3."Id"
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at6) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day7) AND (c."InvolvementPlanId" IS NULL OR (p3."StartDate" <= @day8 AND (p3."EndDate" IS NULL OR p3."EndDate" > @day8))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency9 AND c0."Category" = @category)) OR EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."Agency" = @agency12 AND e."OrganisationId" = @organisationId AND e."GrantedAt" <= @at14 AND e."ExpiresAt" > @at140 AND e."RevokedAt" IS NULL)) AND (p."Id" = @Value16 OR p."Id" = @Value17 OR p."Id" = @Value18 OR p."Id" = @Value19)
ORDER BY CASE
    WHEN p."FamilyName" IS NULL THEN 0
    ELSE 1
END, p."FamilyName", p."Id", l."Id", s42."Id"

-- statement 5
SELECT p."Id" AS "K", p."ChildId" AS "C"
FROM "Plans" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 6
SELECT a."Id" AS "K", a."PersonId" AS "C"
FROM "Addresses" AS a
WHERE a."Id" = @Value OR a."Id" = @Value1

-- statement 7
SELECT p."Id", (EXISTS (
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
    WHERE p."Id" = c."ChildId" AND c."GivenAt" <= @at AND (c."WithdrawnAt" IS NULL OR c."WithdrawnAt" > @at9) AND (c."EndsOn" IS NULL OR c."EndsOn" > @day10) AND (c."InvolvementPlanId" IS NULL OR (p3."StartDate" <= @day11 AND (p3."EndDate" IS NULL OR p3."EndDate" > @day11))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c0
        WHERE c."Id" = c0."ConsentId" AND c0."Agency" = @agency12 AND c0."Category" = @category)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e
    WHERE p."Id" = e."ChildId" AND e."Subject" = @subject AND e."Agency" = @agency15 AND e."OrganisationId" = @organisationId AND e."GrantedAt" <= @at17 AND e."ExpiresAt" > @at170 AND e."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s0
    WHERE p."Id" = s0."ChildId" AND s0."StartDate" <= @day19 AND (s0."EndDate" IS NULL OR s0."EndDate" > @day19)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p4
    WHERE p."Id" = p4."ChildId" AND (p4."Kind" = 'ChildProtection' OR p4."Kind" = 'PreBirth' OR p4."Kind" = 'LookedAfter') AND p4."StartDate" <= @day19 AND (p4."EndDate" IS NULL OR p4."EndDate" > @day19))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m2
    INNER JOIN "Meetings" AS m3 ON m2."MeetingId" = m3."Id"
    WHERE p."Id" = m2."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m4
        WHERE m3."Id" = m4."MeetingId" AND m4."Agency" = @agency21)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p5
    WHERE p."Id" = p5."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p6
        WHERE p5."Id" = p6."PlanId" AND p6."Agency" = @agency210))), EXISTS (
    SELECT 1
    FROM "Consents" AS c1
    LEFT JOIN "Plans" AS p7 ON c1."InvolvementPlanId" = p7."Id"
    WHERE p."Id" = c1."ChildId" AND c1."GivenAt" <= @at23 AND (c1."WithdrawnAt" IS NULL OR c1."WithdrawnAt" > @at24) AND (c1."EndsOn" IS NULL OR c1."EndsOn" > @day25) AND (c1."InvolvementPlanId" IS NULL OR (p7."StartDate" <= @day26 AND (p7."EndDate" IS NULL OR p7."EndDate" > @day26))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c2
        WHERE c1."Id" = c2."ConsentId" AND c2."Agency" = @agency27 AND c2."Category" = @category28)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e0
    WHERE p."Id" = e0."ChildId" AND e0."Subject" = @subject29 AND e0."Agency" = @agency30 AND e0."OrganisationId" = @organisationId31 AND e0."GrantedAt" <= @at32 AND e0."ExpiresAt" > @at320 AND e0."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s1
    WHERE p."Id" = s1."ChildId" AND s1."StartDate" <= @day34 AND (s1."EndDate" IS NULL OR s1."EndDate" > @day34)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p8
    WHERE p."Id" = p8."ChildId" AND (p8."Kind" = 'ChildProtection' OR p8."Kind" = 'PreBirth' OR p8."Kind" = 'LookedAfter') AND p8."StartDate" <= @day34 AND (p8."EndDate" IS NULL OR p8."EndDate" > @day34))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m5
    INNER JOIN "Meetings" AS m6 ON m5."MeetingId" = m6."Id"
    WHERE p."Id" = m5."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m7
        WHERE m6."Id" = m7."MeetingId" AND m7."Agency" = @agency36)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p9
    WHERE p."Id" = p9."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p10
        WHERE p9."Id" = p10."PlanId" AND p10."Agency" = @agency360))), EXISTS (
    SELECT 1
    FROM "Consents" AS c3
    LEFT JOIN "Plans" AS p11 ON c3."InvolvementPlanId" = p11."Id"
    WHERE p."Id" = c3."ChildId" AND c3."GivenAt" <= @at38 AND (c3."WithdrawnAt" IS NULL OR c3."WithdrawnAt" > @at39) AND (c3."EndsOn" IS NULL OR c3."EndsOn" > @day40) AND (c3."InvolvementPlanId" IS NULL OR (p11."StartDate" <= @day41 AND (p11."EndDate" IS NULL OR p11."EndDate" > @day41))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c4
        WHERE c3."Id" = c4."ConsentId" AND c4."Agency" = @agency42 AND c4."Category" = @category43)), EXISTS (
    SELECT 1
    FROM "EmergencyAccessGrants" AS e1
    WHERE p."Id" = e1."ChildId" AND e1."Subject" = @subject44 AND e1."Agency" = @agency45 AND e1."OrganisationId" = @organisationId46 AND e1."GrantedAt" <= @at47 AND e1."ExpiresAt" > @at470 AND e1."RevokedAt" IS NULL), (EXISTS (
    SELECT 1
    FROM "Section47Enquiries" AS s2
    WHERE p."Id" = s2."ChildId" AND s2."StartDate" <= @day49 AND (s2."EndDate" IS NULL OR s2."EndDate" > @day49)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p12
    WHERE p."Id" = p12."ChildId" AND (p12."Kind" = 'ChildProtection' OR p12."Kind" = 'PreBirth' OR p12."Kind" = 'LookedAfter') AND p12."StartDate" <= @day49 AND (p12."EndDate" IS NULL OR p12."EndDate" > @day49))) AND (EXISTS (
    SELECT 1
    FROM "MeetingChildren" AS m8
    INNER JOIN "Meetings" AS m9 ON m8."MeetingId" = m9."Id"
    WHERE p."Id" = m8."ChildId" AND EXISTS (
        SELECT 1
        FROM "MeetingInvitations" AS m10
        WHERE m9."Id" = m10."MeetingId" AND m10."Agency" = @agency51)) OR EXISTS (
    SELECT 1
    FROM "Plans" AS p13
    WHERE p."Id" = p13."ChildId" AND EXISTS (
        SELECT 1
        FROM "PlanMembers" AS p14
        WHERE p13."Id" = p14."PlanId" AND p14."Agency" = @agency510))), EXISTS (
    SELECT 1
    FROM "Consents" AS c5
    LEFT JOIN "Plans" AS p15 ON c5."InvolvementPlanId" = p15."Id"
    WHERE p."Id" = c5."ChildId" AND c5."GivenAt" <= @at53 AND (c5."WithdrawnAt" IS NULL OR c5."WithdrawnAt" > @at54) AND (c5."EndsOn" IS NULL OR c5."EndsOn" > @day55) AND (c5."InvolvementPlanId" IS NULL OR (p15."StartDate" <= @day56 AND (p15."EndDate" IS NULL OR p15."EndDate" > @day56))) AND EXISTS (
        SELECT 1
        FROM "ConsentScopes" AS c6
        WHERE c5."Id" = c6."ConsentId" AND c6."Agency" = @agency57 AND c6."Category" = @category58))
FROM "People" AS p
WHERE p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3

-- statement 8
SELECT p."Id", p."CaseHoldingHubId" AS "Hub"
FROM "People" AS p
WHERE (p."Id" = @Value OR p."Id" = @Value1 OR p."Id" = @Value2 OR p."Id" = @Value3) AND p."CaseHoldingHubId" IS NOT NULL

