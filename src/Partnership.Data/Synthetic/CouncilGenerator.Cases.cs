using Partnership.Data.Dates;
using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

internal sealed partial class CouncilGenerator
{
    private static readonly AssessmentFactor[] CommonFactors =
    [
        AssessmentFactor.DomesticViolenceParent, AssessmentFactor.DomesticViolenceChild, AssessmentFactor.MentalHealthParent,
        AssessmentFactor.MentalHealthChild, AssessmentFactor.DrugsParent, AssessmentFactor.AlcoholParent, AssessmentFactor.Neglect,
        AssessmentFactor.EmotionalAbuse, AssessmentFactor.PhysicalAbuseAdultOnChild, AssessmentFactor.SelfHarm,
        AssessmentFactor.LearningDisabilityParent, AssessmentFactor.Missing, AssessmentFactor.SexualExploitation,
        AssessmentFactor.CriminalExploitation, AssessmentFactor.Gangs, AssessmentFactor.Other,
    ];

    private enum Path { NoFurtherAction, ClosedAfterAssessment, ChildInNeed, Section47 }

    /// <summary>Five years of the statutory process for one family: episodes of concern, each for one child or the siblings together.</summary>
    private void SimulateFamilyCasework(Family f)
    {
        if (Chance(0.035)) EarlyHelpWithoutReferral(f);
        if (!Chance(0.3)) return;
        var episodes = 1 + Weighted([0.72, 0.2, 0.08]);
        var day = RandomDay(_historyStart, _asOf.AddDays(-20));
        for (var e = 0; e < episodes && day < _asOf; e++)
        {
            var born = f.Children.Where(c => c.DateOfBirth is { } d && d < day && AgeOn(d, day) < 18).ToList();
            if (born.Count == 0) break;
            var involved = born.Count > 1 && Chance(0.55) ? born : [Pick(born)];
            var end = Episode(f, involved, day);
            day = end.AddDays(Between(60, 700));
        }
        var unborn = f.Children.FirstOrDefault(c => c.DateOfBirth is null);
        if (unborn is not null && (f.KnownToSocialCare || Rare(0.2)) && Rare(0.5)) PreBirth(f, unborn);
        BookStrategyDiscussion(f);
    }

    /// <summary>
    /// New concerns about a child with an open case: a strategy discussion booked in the coming working days (about one open
    /// case in twenty-five). Drawn from a side stream, so the rest of the world is as it would be without it.
    /// </summary>
    private void BookStrategyDiscussion(Family f)
    {
        var child = f.Children.FirstOrDefault(c => c.CaseHoldingHubId is not null && c.DateOfBirth is not null);
        if (child is null) return;
        var side = new Random(BitConverter.ToInt32(child.Id.ToByteArray(), 4));
        if (side.NextDouble() >= (_small ? 0.25 : 0.04)) return;
        Scheduled(child.Id, f, [child], MeetingKind.StrategyDiscussion, WorkingDays.Add(_asOf, 1 + side.Next(10)), null);
    }

    /// <summary>A recent section 47 enquiry for all the siblings, conference held, plans open today.</summary>
    private void ProtectionScenario(Family f)
    {
        _forcing = true;
        Episode(f, f.Children.Where(c => c.DateOfBirth is not null).ToList(), _asOf.AddDays(-70));
        _forcing = false;
    }

    /// <summary>One episode for the involved children; returns the day it ended (or today if still open).</summary>
    private DateOnly Episode(Family f, List<Person> children, DateOnly referralDate)
    {
        f.KnownToSocialCare = true;
        var path = _forcing ? Path.Section47 : (Path)Weighted([0.15, 0.32, 0.2, 0.33]);
        var source = path == Path.Section47
            ? (ReferralSource)Weighted([2, 1, 1, 1, 6, 1, 2, 2, 1, 1, 3, 1, 1, 2, 1, 1, 1, 14, 2, 2, 1, 0.5])
            : (ReferralSource)Weighted([5, 2, 1, 1, 10, 2, 4, 3, 2, 2, 3, 2, 2, 3, 2, 2, 2, 10, 1, 3, 1, 0.5]);
        var need = path == Path.Section47 ? PrimaryNeed.AbuseOrNeglect : (PrimaryNeed)Weighted([2, 40, 8, 5, 14, 10, 3, 1, 2, 4]);
        var assessmentStart = referralDate.AddDays(Between(0, 5));
        var authorised = assessmentStart.AddDays(Between(10, 44));
        var factors = Enumerable.Range(0, Between(1, 4)).Select(_ => Pick(CommonFactors)).Distinct().ToList();

        // Strategy discussion for the siblings together, when the path needs one.
        Meeting? strategy = null;
        var s47Started = false;
        if (path == Path.Section47)
        {
            strategy = NewMeeting(f, children, MeetingKind.StrategyDiscussion, NextWorkingDay(referralDate.AddDays(Between(0, 2))), null);
            s47Started = _forcing || Chance(0.88);
            strategy.DecisionStartSection47 = s47Started;
            strategy.DecisionCriminalInvestigation = Chance(0.35) ? "Police to investigate; joint interview to be arranged." : "No criminal investigation at this stage.";
            strategy.DecisionLegalAction = Chance(0.08);
            strategy.DecisionFurtherInformation = "GP and school to share attendance and health records within 48 hours.";
            strategy.DecisionSiblings = children.Count > 1 ? "Siblings included in the enquiry." : "No siblings in the household of concern.";
            strategy.DecisionNotes = s47Started ? "Threshold for section 47 met." : "Threshold not met; continue single assessment under section 17.";
        }
        DateOnly? icpc = null;
        Meeting? conference = null;
        if (s47Started)
        {
            var target = WorkingDays.InitialConferenceDue(strategy!.HeldAt.UtcDateTime is var t ? DateOnly.FromDateTime(t) : referralDate);
            if (_forcing || Chance(0.5))
            {
                var held = Chance(0.84) ? WorkingDays.Add(DateOnly.FromDateTime(strategy.HeldAt.UtcDateTime), Between(8, 15)) : WorkingDays.Add(target, Between(1, 10));
                if (held < _asOf) icpc = held;
                // Booked but not yet held (within the coming weeks): health, police and the school are already invited.
                else if (NextWorkingDay(held) > _asOf) Scheduled(strategy.Id, f, children, MeetingKind.InitialConference, held, null);
            }
            if (icpc is { } day) conference = NewMeeting(f, children, MeetingKind.InitialConference, day, null);
        }

        var episodeEnd = referralDate;
        var anyOpen = false;
        foreach (var child in children)
        {
            var referral = new Referral
            {
                Id = NewId(), ChildId = child.Id, LocalAuthorityId = _la.Id, ReferralDate = referralDate, Source = source,
                PrimaryNeed = path == Path.NoFurtherAction ? null : need, NoFurtherAction = path == Path.NoFurtherAction,
                InitialConferenceDate = icpc,
            };
            _set.Referrals.Add(referral);
            _set.Contacts.Add(new Contact
            {
                Id = NewId(), ChildId = child.Id, LocalAuthorityId = _la.Id, ReceivedAt = At(referralDate.AddDays(-Between(0, 2)), 8, 18),
                Source = source, Outcome = ContactOutcome.Referral, ReferralId = referral.Id,
            });
            if (Chance(0.6))
                _set.Contacts.Add(new Contact
                {
                    Id = NewId(), ChildId = child.Id, LocalAuthorityId = _la.Id, ReceivedAt = At(RandomDay(_historyStart, _asOf), 8, 18),
                    Source = (ReferralSource)_rng.Next(22), Outcome = (ContactOutcome)Weighted([4, 3, 2, 0]),
                });

            DateOnly? closed;
            if (path == Path.NoFurtherAction)
            {
                closed = referralDate;
                referral.ClosureReason = ClosureReason.ClosedAfterAssessmentNfa;
            }
            else
            {
                var assessment = new Assessment
                {
                    Id = NewId(), ReferralId = referral.Id, ChildId = child.Id, StartDate = assessmentStart,
                    AuthorisationDate = authorised <= _asOf ? authorised : null, SocialWorkerId = StaffOf(f.Hub, PractitionerRole.SocialWorker).Id,
                    Summary = $"Single assessment of {child.GivenName}: {string.Join(", ", factors.Select(x => x.ToString()))}.",
                };
                _set.Assessments.Add(assessment);
                foreach (var factor in factors) _set.AssessmentFactors.Add(new AssessmentFactorEntry { AssessmentId = assessment.Id, Factor = factor });
                closed = path switch
                {
                    Path.ClosedAfterAssessment => CloseAfterAssessment(f, child, referral, authorised),
                    Path.ChildInNeed => ChildInNeedPlan(f, child, referral, authorised),
                    _ => Section47(f, child, referral, strategy!, s47Started, icpc, conference, authorised),
                };
            }
            referral.ClosureDate = closed is { } c && c <= _asOf ? c : null;
            if (referral.ClosureDate is null) { referral.ClosureReason = null; anyOpen = true; }
            else referral.ClosureReason ??= ClosureReason.ServicesCeased;
            if (closed is { } cd && cd > episodeEnd) episodeEnd = cd;
            if (referral.ClosureDate is null) child.CaseHoldingHubId = f.Hub.Id;
        }
        return anyOpen ? _asOf : episodeEnd;
    }

    private DateOnly? CloseAfterAssessment(Family f, Person child, Referral referral, DateOnly authorised)
    {
        if (authorised > _asOf) return null;
        if (Chance(0.4))
        {
            referral.ClosureReason = ClosureReason.ClosedAfterAssessmentEarlyHelp;
            var eh = NewPlan(f, child, PlanKind.EarlyHelp, authorised, Between(3, 10), null);
            GiveConsent(f, child, eh);
        }
        else referral.ClosureReason = ClosureReason.ClosedAfterAssessmentNfa;
        return authorised;
    }

    private DateOnly? ChildInNeedPlan(Family f, Person child, Referral referral, DateOnly start)
    {
        if (start > _asOf) return null;
        var plan = NewPlan(f, child, PlanKind.ChildInNeed, start, Between(5, 20), referral);
        GiveConsent(f, child, plan);
        referral.ClosureReason = ClosureReason.ServicesCeased;
        return plan.EndDate;
    }

    private DateOnly? Section47(Family f, Person child, Referral referral, Meeting strategy, bool started, DateOnly? icpc, Meeting? conference, DateOnly authorised)
    {
        var meetingDay = DateOnly.FromDateTime(strategy.HeldAt.UtcDateTime);
        if (!started) return ChildInNeedPlan(f, child, referral, authorised);
        var s47 = new Section47Enquiry
        {
            Id = NewId(), ReferralId = referral.Id, ChildId = child.Id, StartDate = meetingDay, StrategyMeetingId = strategy.Id,
            InitialConferenceTarget = WorkingDays.InitialConferenceDue(meetingDay), InitialConferenceDate = icpc,
            InitialConferenceNotRequired = icpc is null && meetingDay.AddDays(30) < _asOf,
        };
        _set.Section47Enquiries.Add(s47);
        if (icpc is not { } conferenceDay)
        {
            if (!s47.InitialConferenceNotRequired) return null; // still in progress
            s47.EndDate = meetingDay.AddDays(Between(10, 30));
            return Chance(0.45) ? ChildInNeedPlan(f, child, referral, s47.EndDate.Value) : s47.EndDate;
        }
        s47.EndDate = conferenceDay;

        // Emergency protection for a few: the child becomes looked after straight away.
        if (!_forcing && Chance(0.14))
            return LookedAfter(f, child, referral, meetingDay, (LegalStatus)Weighted([3, 0, 0, 0, 4, 0, 0, 2, 2, 0, 0, 0, 0]));

        var category = (AbuseCategory)Weighted([48, 7, 34, 4, 7]);
        var cp = NewPlan(f, child, PlanKind.ChildProtection, conferenceDay, _forcing ? 12 : Between(3, 17), referral);
        cp.InitialCategory = category;
        cp.LatestCategory = Chance(0.85) ? category : (AbuseCategory)Weighted([48, 7, 34, 4, 7]);
        cp.NumberOfPreviousPlans = _previousCpPlans.GetValueOrDefault(child.Id);
        _previousCpPlans[child.Id] = cp.NumberOfPreviousPlans.Value + 1;
        conference!.PlanId ??= cp.Id;
        conference.ConferenceOutcome = ConferenceOutcome.PlanStarted;
        _set.PlanMembers.Add(new PlanMember { Id = NewId(), PlanId = cp.Id, Agency = Agency.Police, OrganisationId = _lpa.Id, Role = "Core group member" });
        _set.PlanMembers.Add(new PlanMember { Id = NewId(), PlanId = cp.Id, Agency = Agency.Health, OrganisationId = (AgeOn(child.DateOfBirth!.Value, conferenceDay) < 5 ? f.HvTeam : f.Gp).Id, Role = "Core group member" });
        var school = SchoolOn(f, child, conferenceDay);
        if (school is not null)
        {
            _set.PlanMembers.Add(new PlanMember { Id = NewId(), PlanId = cp.Id, Agency = Agency.Education, OrganisationId = school.Id, Role = "Designated safeguarding lead" });
            _set.PlanActions.Add(new PlanAction
            {
                Id = NewId(), PlanId = cp.Id, Description = "Monitor attendance daily and report any unexplained absence the same day.",
                OwnerAgency = Agency.Education, OwnerOrganisationId = school.Id, DueDate = conferenceDay.AddDays(28),
                CompletedOn = conferenceDay.AddDays(28) < _asOf && Chance(0.8) ? conferenceDay.AddDays(Between(10, 28)) : null,
            });
        }
        _set.PlanActions.Add(new PlanAction
        {
            Id = NewId(), PlanId = cp.Id, Description = "Core group to meet within 10 working days of the conference.",
            OwnerAgency = Agency.SocialCare, OwnerOrganisationId = f.Hub.Id, DueDate = WorkingDays.Add(conferenceDay, 10),
            CompletedOn = WorkingDays.Add(conferenceDay, 10) < _asOf ? WorkingDays.Add(conferenceDay, Between(5, 10)) : null,
        });
        Reviews(f, child, cp, conferenceDay);
        if (Rare(0.04)) EmergencyAccess(f, child, cp);

        if (cp.EndDate is { } end && Chance(0.3))
            return LookedAfter(f, child, referral, end, (LegalStatus)Weighted([5, 3, 0, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
        if (cp.EndDate is null && (category is AbuseCategory.Physical or AbuseCategory.Multiple || Chance(0.1)) && Rare(0.25))
            ConfidentialMove(f, child, cp.StartDate.AddDays(Between(5, 60)), AddressKind.Refuge);
        return cp.EndDate;
    }

    private DateOnly? LookedAfter(Family f, Person child, Referral referral, DateOnly start, LegalStatus legal)
    {
        if (start > _asOf) return null;
        var months = Between(6, 66);
        var plan = NewPlan(f, child, PlanKind.LookedAfter, start, months, referral);
        plan.LegalStatus = legal;
        plan.PlacementType = (PlacementType)Weighted([0, 0, 0, 0, 0, 1, 6, 3, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 3, 1, 20, 2, 30, 1]);
        plan.OwningHubId = _hubs.FirstOrDefault(h => h.Specialism == HubSpecialism.LookedAfter)?.Id ?? f.Hub.Id;
        if (plan.EndDate is null && Rare(0.35)) ConfidentialMove(f, child, start, AddressKind.Placement);
        var sixteen = child.DateOfBirth!.Value.AddYears(16);
        if (sixteen <= _asOf && Dates.Period.IsOpen(start, plan.EndDate, sixteen))
            NewPlan(f, child, PlanKind.Pathway, sixteen, 0, referral).EndDate = null;
        if (plan.EndDate is { } end && end <= _asOf)
            referral.ClosureReason = (ClosureReason)Weighted([1, 0, 3, 3, 0, 0, 6, 0, 0]);
        return plan.EndDate;
    }

    private void PreBirth(Family f, Person unborn)
    {
        var meetingDay = NextWorkingDay(_asOf.AddDays(-Between(25, 70)));
        var strategy = NewMeeting(f, [unborn], MeetingKind.StrategyDiscussion, meetingDay, null);
        strategy.DecisionStartSection47 = true;
        strategy.DecisionNotes = "Pre-birth assessment and section 47 enquiry agreed.";
        var referral = new Referral
        {
            Id = NewId(), ChildId = unborn.Id, LocalAuthorityId = _la.Id, ReferralDate = meetingDay.AddDays(-2),
            Source = ReferralSource.HealthOther, PrimaryNeed = PrimaryNeed.AbuseOrNeglect,
        };
        _set.Referrals.Add(referral);
        var icpc = WorkingDays.Add(meetingDay, Between(9, 15));
        _set.Section47Enquiries.Add(new Section47Enquiry
        {
            Id = NewId(), ReferralId = referral.Id, ChildId = unborn.Id, StartDate = meetingDay, StrategyMeetingId = strategy.Id,
            InitialConferenceTarget = WorkingDays.InitialConferenceDue(meetingDay), InitialConferenceDate = icpc <= _asOf ? icpc : null,
            EndDate = icpc <= _asOf ? icpc : null,
        });
        unborn.CaseHoldingHubId = f.Hub.Id;
        if (icpc > _asOf) return;
        referral.InitialConferenceDate = icpc;
        var conference = NewMeeting(f, [unborn], MeetingKind.InitialConference, icpc, null);
        var plan = NewPlan(f, unborn, PlanKind.PreBirth, icpc, 0, referral);
        plan.EndDate = null;
        plan.InitialCategory = plan.LatestCategory = Chance(0.7) ? AbuseCategory.Neglect : AbuseCategory.Emotional;
        conference.PlanId = plan.Id;
        conference.ConferenceOutcome = ConferenceOutcome.PlanStarted;
        _set.PlanMembers.Add(new PlanMember { Id = NewId(), PlanId = plan.Id, Agency = Agency.Health, OrganisationId = f.HvTeam.Id, Role = "Midwife and health visitor" });
    }

    private void EarlyHelpWithoutReferral(Family f)
    {
        var start = RandomDay(_historyStart, _asOf.AddDays(-10));
        foreach (var child in f.Children.Where(c => c.DateOfBirth is { } d && d < start && AgeOn(d, start) < 18))
        {
            GiveConsent(f, child, NewPlan(f, child, PlanKind.EarlyHelp, start, Between(3, 9), null));
        }
    }

    private Plan NewPlan(Family f, Person child, PlanKind kind, DateOnly start, int months, Referral? referral)
    {
        var end = months == 0 ? (DateOnly?)null : start.AddMonths(months).AddDays(Between(-10, 10));
        var plan = new Plan
        {
            Id = NewId(), Kind = kind, ChildId = child.Id, LocalAuthorityId = _la.Id, ReferralId = referral?.Id, StartDate = start,
            EndDate = end is { } e && e <= _asOf ? e : null,
            OwningHubId = kind == PlanKind.EarlyHelp ? (_hubs.FirstOrDefault(h => h.Specialism == HubSpecialism.EarlyHelp) ?? f.Hub).Id
                : _disabled.Contains(child.Id) ? (_hubs.FirstOrDefault(h => h.Specialism == HubSpecialism.DisabledChildren) ?? f.Hub).Id
                : f.Hub.Id,
            Objectives = kind switch
            {
                PlanKind.ChildProtection or PlanKind.PreBirth => "Ensure the child is safe at home; parents to engage with support; regular school attendance.",
                PlanKind.LookedAfter => "Stable placement; contact arrangements; education and health needs met.",
                PlanKind.Pathway => "Accommodation, education or training and support into adulthood.",
                _ => "Support the family to meet the child's needs.",
            },
        };
        // In the Slough model the hub's consultant social worker holds cases too: the lead is any of the hub's case holders.
        plan.LeadPractitionerId = CaseHolderOf(f.Hub).Id;
        _set.Plans.Add(plan);
        if (plan.EndDate is null) child.CaseHoldingHubId = plan.OwningHubId;
        return plan;
    }

    private void Reviews(Family f, Person child, Plan plan, DateOnly icpc)
    {
        DateOnly? last = null;
        while (true)
        {
            var due = WorkingDays.NextReviewDue(icpc, last);
            // Siblings from one conference are reviewed together: the same held date finds the same meeting.
            var held = NextWorkingDay(due.AddDays(-7));
            if (plan.EndDate is { } end && held >= end) break;
            if (held > _asOf)
            {
                // The next review of a plan still open today is booked (siblings reviewed together share it).
                if (plan.EndDate is null)
                {
                    if (!f.ReviewMeetings.TryGetValue(held, out var next))
                        f.ReviewMeetings[held] = Scheduled(plan.Id, f, [child], MeetingKind.ReviewConference, held, plan.Id);
                    else
                        _set.MeetingChildren.Add(new MeetingChild { MeetingId = next.Id, ChildId = child.Id });
                }
                break;
            }
            if (!f.ReviewMeetings.TryGetValue(held, out var meeting))
                f.ReviewMeetings[held] = meeting = NewMeeting(f, [child], MeetingKind.ReviewConference, held, plan.Id);
            else
                _set.MeetingChildren.Add(new MeetingChild { MeetingId = meeting.Id, ChildId = child.Id });
            meeting.ConferenceOutcome = ConferenceOutcome.PlanContinued;
            _set.PlanReviews.Add(new PlanReview { Id = NewId(), PlanId = plan.Id, ReviewDate = held, MeetingId = meeting.Id });
            last = held;
        }
    }

    private void ConfidentialMove(Family f, Person child, DateOnly from, AddressKind kind)
    {
        if (from > _asOf || !f.HomeAddress.TryGetValue(child.Id, out var home) || home.ValidTo is not null) return;
        home.ValidTo = from.AddDays(-1) < home.ValidFrom ? home.ValidFrom : from.AddDays(-1);
        _set.Addresses.Add(new Address
        {
            Id = NewId(), PersonId = child.Id, Kind = kind, Line1 = $"{Between(1, 60)} {Pick(Streets)}", Town = _spec.Town,
            Postcode = $"{Pick(_spec.Postcodes)} {Between(1, 9)}{InwardLetters[_rng.Next(20)]}{InwardLetters[_rng.Next(20)]}",
            ValidFrom = from, IsConfidential = true,
        });
    }

    private Organisation? SchoolOn(Family f, Person child, DateOnly day)
    {
        var age = AgeOn(child.DateOfBirth!.Value, day);
        return age switch { >= 4 and <= 10 => f.Primary, >= 11 and <= 17 => f.Secondary, _ => null };
    }
}
