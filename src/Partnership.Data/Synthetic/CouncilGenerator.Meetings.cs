using Partnership.Data.Dates;
using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

internal sealed partial class CouncilGenerator
{
    private static readonly Dictionary<Agency, string[]> ContributionTexts = new()
    {
        [Agency.Police] =
        [
            "Two domestic incidents attended at the family address in the last six months; no arrests. DASH risk assessed as medium.",
            "Father known for a historic assault conviction; no current bail conditions.",
            "Child reported missing twice this year; found at a friend's address both times. Return interviews completed.",
            "No police information held on the adults in the household.",
        ],
        [Agency.Health] =
        [
            "Immunisations up to date. Missed two health visitor appointments; seen at home on the third attempt.",
            "Attended the emergency department with a bruise to the forearm; explanation consistent with the injury.",
            "Mother is receiving perinatal mental health support; engaging well.",
            "Growth tracking below the 2nd centile; dietitian referral made.",
        ],
        [Agency.Education] =
        [
            "Attendance 82% this term with several unexplained absences on Mondays.",
            "Arrived hungry on three occasions; breakfast club place offered.",
            "Disclosed worry about arguments at home to the class teacher; DSL informed the same day.",
            "Good attendance; presents as settled and happy in school.",
        ],
        [Agency.Housing] =
        [
            "Tenancy in rent arrears of eight weeks; a support referral has been made.",
            "Neighbour complaints about shouting at night, logged three times.",
            "Family placed in temporary accommodation pending a move; overcrowded at present.",
        ],
        [Agency.SocialCare] =
        [
            "Social worker visited; children seen alone. Home conditions poor but improving.",
            "Parents acknowledge the concerns and agree to a written agreement.",
        ],
    };

    /// <summary>
    /// A conference already booked after "today" (invitations sent, nothing held yet). It draws from a side stream seeded by
    /// <paramref name="anchor"/>, so booking it leaves the council's stream — and every row generated after it — as it was.
    /// </summary>
    private Meeting Scheduled(Guid anchor, Family f, IReadOnlyList<Person> children, MeetingKind kind, DateOnly day, Guid? planId)
    {
        var main = _rng;
        _rng = new Random(BitConverter.ToInt32(anchor.ToByteArray(), 0));
        try { return NewMeeting(f, children, kind, day, planId); }
        finally { _rng = main; }
    }

    /// <summary>A strategy discussion or conference for siblings, with invitations, what each attending agency contributed, and actions.</summary>
    private Meeting NewMeeting(Family f, IReadOnlyList<Person> children, MeetingKind kind, DateOnly day, Guid? planId)
    {
        day = NextWorkingDay(day);
        var chairRole = kind == MeetingKind.StrategyDiscussion ? PractitionerRole.TeamManager : PractitionerRole.ConferenceChair;
        var meeting = new Meeting
        {
            Id = NewId(), Kind = kind, LocalAuthorityId = _la.Id, HeldAt = At(day), PlanId = planId,
            Mode = kind == MeetingKind.StrategyDiscussion ? (MeetingMode)Weighted([20, 50, 15, 15]) : (MeetingMode)Weighted([40, 35, 25, 0]),
            ChairId = StaffOf(_mash, chairRole).Id,
        };
        // Last changed when held (its record written then), or, for one still to come, on the day the world stands on.
        var asOf = new DateTimeOffset(_asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        meeting.UpdatedAt = meeting.HeldAt < asOf ? meeting.HeldAt : asOf;
        _set.Meetings.Add(meeting);
        foreach (var c in children) _set.MeetingChildren.Add(new MeetingChild { MeetingId = meeting.Id, ChildId = c.Id });

        var attendees = new List<(Agency Agency, Organisation Org)>();
        void Invite(Agency agency, Organisation org, double attends, double apologies)
        {
            var status = day > _asOf ? AttendanceStatus.Invited
                : (AttendanceStatus)Weighted([0, attends, apologies, Math.Max(0, 1 - attends - apologies)]);
            _set.Invitations.Add(new MeetingInvitation
            {
                Id = NewId(), MeetingId = meeting.Id, Agency = agency, OrganisationId = org.Id, Status = status,
                PractitionerId = _staff[org.Id].Count > 0 ? StaffOf(org).Id : null,
            });
            if (status == AttendanceStatus.Attended) attendees.Add((agency, org));
        }

        Invite(Agency.SocialCare, f.Hub, 0.99, 0.01);
        // Police attendance is the weak spot the review found: about three in four.
        Invite(Agency.Police, Chance(0.3) ? _shared.ForceMash! : _lpa, 0.74, 0.1);
        var youngest = children.Select(c => c.DateOfBirth).Max();
        Invite(Agency.Health, youngest is null || AgeOn(youngest.Value, day) < 5 ? f.HvTeam : Chance(0.5) ? f.Gp : _schoolNursing, 0.86, 0.1);
        var school = children.Where(c => c.DateOfBirth is not null).Select(c => SchoolOn(f, c, day)).FirstOrDefault(s => s is not null);
        if (school is not null) Invite(Agency.Education, school, 0.8, 0.12);
        if (f.HousingTenant && Chance(0.6)) Invite(Agency.Housing, _housing, 0.6, 0.2);
        if (day > _asOf) return meeting;

        foreach (var (agency, org) in attendees)
        {
            _set.Contributions.Add(new MeetingContribution
            {
                Id = NewId(), MeetingId = meeting.Id, ChildId = children.Count > 1 && Chance(0.3) ? Pick(children).Id : null,
                Agency = agency, OrganisationId = org.Id, AuthorId = _staff[org.Id].Count > 0 ? StaffOf(org).Id : null,
                Category = InformationCategory.AgencyContributions, Text = Pick(ContributionTexts[agency]), RecordedAt = meeting.HeldAt.AddMinutes(30),
            });
            if (police(agency) && children.Any(c => c.DateOfBirth is not null)) PoliceIdentifier(children);
        }

        foreach (var (agency, org) in attendees.Where(_ => Chance(0.55)))
        {
            var due = WorkingDays.Add(day, Between(2, 15));
            _set.MeetingActions.Add(new MeetingAction
            {
                Id = NewId(), MeetingId = meeting.Id, ChildId = children.Count == 1 ? children[0].Id : null,
                Description = agency switch
                {
                    Agency.Police => "Complete PNC and intelligence checks on all adults and share the outcome with the social worker.",
                    Agency.Health => "Share the child's health records and arrange a child protection medical if needed.",
                    Agency.Education => "Share attendance records and speak to the child's class teacher about recent presentation.",
                    Agency.Housing => "Confirm the tenancy details and any reports of anti-social behaviour.",
                    _ => "Visit the family and see the children alone within 24 hours.",
                },
                OwnerAgency = agency, OwnerOrganisationId = org.Id, DueDate = due,
                CompletedOn = due < _asOf && Chance(0.82) ? WorkingDays.Add(day, Between(1, 15)) : null,
            });
        }
        return meeting;

        static bool police(Agency a) => a == Agency.Police;
    }

    private void PoliceIdentifier(IReadOnlyList<Person> children)
    {
        foreach (var c in children)
        {
            if (c.DateOfBirth is null || _policeLinked.Contains(c.Id)) continue;
            _policeLinked.Add(c.Id);
            _set.Identifiers.Add(new PersonIdentifier
            {
                Id = NewId(), PersonId = c.Id, Agency = Agency.Police, OrganisationId = _shared.ForceMash!.Id,
                Scheme = "TVP-NICHE", Value = $"N{++_shared.IdentifierSerial:D9}",
            });
        }
    }

    /// <summary>
    /// Consent for early help / child in need sharing, from a parent (or the young person), sometimes later withdrawn: it names the
    /// organisations supporting the plan (the child's school that day, its health visiting team or GP practice, the housing team,
    /// the local policing area) and belongs to the plan, so it lapses when the plan closes.
    /// </summary>
    private void GiveConsent(Family f, Person child, Plan involvement)
    {
        var day = involvement.StartDate;
        if (day > _asOf) return;
        var self = child.DateOfBirth is { } dob && AgeOn(dob, day) >= 14 && Chance(0.3);
        var giver = self ? child : f.Mother ?? f.Father;
        var given = At(day);
        var consent = new ConsentRecord
        {
            Id = NewId(), ChildId = child.Id, GivenByPersonId = giver?.Id,
            GivenByName = giver is null ? "Carer" : $"{giver.GivenName} {giver.FamilyName}",
            Relationship = self ? ConsentRelationship.Self : giver == f.Mother ? ConsentRelationship.Mother : ConsentRelationship.Father,
            GivenAt = given, RecordedById = StaffOf(f.Hub).Id, InvolvementPlanId = involvement.Id,
        };
        if (Chance(0.1))
        {
            var withdrawn = At(RandomDay(day.AddDays(7), _asOf));
            if (withdrawn > given && withdrawn <= At(_asOf, 17, 17)) consent.WithdrawnAt = withdrawn;
        }
        _set.Consents.Add(consent);
        var agencies = new List<Agency> { Agency.Health, Agency.Education };
        if (f.HousingTenant && Chance(0.4)) agencies.Add(Agency.Housing);
        if (Chance(0.1)) agencies.Add(Agency.Police);
        InformationCategory[] categories = Chance(0.5)
            ? [InformationCategory.Identity, InformationCategory.ProtectionStatus, InformationCategory.Contact, InformationCategory.PlanDetail, InformationCategory.MeetingSchedule]
            : [InformationCategory.Identity, InformationCategory.ProtectionStatus, InformationCategory.Contact, InformationCategory.PlanDetail, InformationCategory.MeetingSchedule, InformationCategory.MeetingRecord];
        foreach (var a in agencies)
            foreach (var org in Recipients(f, child, a, day))
                foreach (var c in categories)
                    if (a != Agency.Housing || c is InformationCategory.Identity or InformationCategory.ProtectionStatus or InformationCategory.Contact)
                        _set.ConsentScopes.Add(new ConsentScope { ConsentId = consent.Id, OrganisationId = org.Id, Agency = a, Category = c });

        _set.SharingDecisions.Add(new SharingDecision
        {
            Id = NewId(), ChildId = child.Id, Category = InformationCategory.PlanDetail, RecipientAgency = Agency.Health,
            RecipientOrganisationId = child.DateOfBirth is { } b && AgeOn(b, day) < 5 ? f.HvTeam.Id : f.Gp.Id,
            Shared = true, Route = SharingRoute.Consent, Reason = "Family consented to sharing with the organisations supporting the plan.",
            DecidedBy = _staff[f.Hub.Id][0].Subject!, DecidedByAgency = Agency.SocialCare, DecidedAt = given, ConsentRecordId = consent.Id,
        });
        if (f.HousingTenant && !agencies.Contains(Agency.Housing) && Chance(0.3))
            _set.SharingDecisions.Add(new SharingDecision
            {
                Id = NewId(), ChildId = child.Id, Category = InformationCategory.PlanDetail, RecipientAgency = Agency.Housing,
                RecipientOrganisationId = _housing.Id, Shared = false, Route = SharingRoute.Refused,
                Reason = "Housing asked for the plan; not necessary for the tenancy and the family did not consent.",
                DecidedBy = _staff[f.Hub.Id][0].Subject!, DecidedByAgency = Agency.SocialCare, DecidedAt = given.AddDays(Between(1, 30)),
            });
    }

    /// <summary>The organisations of <paramref name="agency"/> supporting the child on <paramref name="day"/>.</summary>
    private IEnumerable<Organisation> Recipients(Family f, Person child, Agency agency, DateOnly day)
    {
        switch (agency)
        {
            case Agency.Health:
                if (child.DateOfBirth is not { } dob || AgeOn(dob, day) < 5) yield return f.HvTeam;
                yield return f.Gp;
                break;
            case Agency.Education:
                foreach (var e in _enrolmentsOf.GetValueOrDefault(child.Id) ?? [])
                    if (Dates.Period.IsOpen(e.StartDate, e.EndDate, day)) yield return e.SchoolId == f.Primary.Id ? f.Primary : f.Secondary;
                break;
            case Agency.Housing:
                yield return _housing;
                break;
            case Agency.Police:
                yield return _lpa;
                break;
        }
    }

    /// <summary>An out-of-hours emergency look-up, reported to the case-holding hub and reviewed.</summary>
    private void EmergencyAccess(Family f, Person child, Plan plan)
    {
        var day = RandomDay(plan.StartDate, plan.EndDate ?? _asOf);
        var agency = Chance(0.6) ? Agency.Health : Agency.Police;
        var org = agency == Agency.Police ? _lpa : f.Gp;
        var who = StaffOf(org);
        var granted = At(day, 0, 23);
        var grant = new EmergencyAccessGrant
        {
            Id = NewId(), ChildId = child.Id, Agency = agency, OrganisationId = org.Id, PractitionerId = who.Id, Subject = who.Subject!,
            Reason = agency == Agency.Police ? "Child found at an address during a night-time welfare check; need to know who holds the case."
                : "Child brought to urgent care late evening with an injury; need protection status and contacts.",
            GrantedAt = granted, ExpiresAt = granted.AddHours(24),
        };
        if (day.AddDays(3) <= _asOf)
        {
            grant.ReviewedAt = granted.AddDays(2);
            grant.ReviewedBy = StaffOf(f.Hub, PractitionerRole.ConsultantSocialWorker).Subject;
            grant.ReviewOutcome = Chance(0.95) ? "Appropriate: access was necessary and proportionate." : "Not justified: raised with the agency's safeguarding lead.";
        }
        _set.EmergencyAccessGrants.Add(grant);
        _set.SharingDecisions.Add(new SharingDecision
        {
            Id = NewId(), ChildId = child.Id, Category = InformationCategory.ProtectionStatus, RecipientAgency = agency, RecipientOrganisationId = org.Id,
            Shared = true, Route = SharingRoute.EmergencyAccess, Reason = grant.Reason, DecidedBy = who.Subject!, DecidedByAgency = agency,
            DecidedAt = granted, EmergencyAccessGrantId = grant.Id,
        });
        _set.Notifications.Add(new Notification
        {
            Id = NewId(), ChildId = child.Id, RecipientHubId = plan.OwningHubId ?? f.Hub.Id, Kind = NotificationKind.EmergencyAccessGranted,
            TriggeredByAgency = agency, TriggeredByOrganisationId = org.Id, CreatedAt = granted,
            Message = $"Emergency access to a child on your caseload by {org.Name}.", ReadAt = grant.ReviewedAt,
        });
    }
}
