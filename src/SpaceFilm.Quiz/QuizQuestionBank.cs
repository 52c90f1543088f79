namespace SpaceFilm.Quiz;

/// <summary>
/// The questions of the quiz, each asked about a typed member of the generated fact model. Answers are read from
/// those members and never written here, so the quiz follows <c>facts.yaml</c> when it changes.
/// </summary>
public static class QuizQuestionBank
{
    /// <summary>The seed used when the player does not choose one, so that runs can be compared.</summary>
    public const int DefaultSeed = 17;

    /// <summary>Builds the quiz.</summary>
    /// <param name="seed">Decides the order of the options of each question.</param>
    /// <returns>
    /// The questions, in order. A question whose fact is missing from the fact base (an optional field left unset)
    /// is left out rather than asked with a made-up answer.
    /// </returns>
    public static IReadOnlyList<QuizQuestion> Create(int seed = DefaultSeed)
    {
        // Not used for security: a seeded generator makes the option order repeatable for tests and scripts.
        var random = new Random(seed);
        Func<Random, QuizQuestion?>[] builders =
        [
            LeadActressAge,
            CandidatesAuditioned,
            LandingTime,
            DaysOnStation,
            PilotHome,
            FilmTitle,
            Director,
            ThrusterMisfireDate,
            LostAttitudeControl,
            RehabDuration,
        ];
        return builders
            .Select(build => build(random))
            .OfType<QuizQuestion>()
            .ToList()
            .AsReadOnly();
    }

    private static QuizQuestion? LeadActressAge(Random random)
    {
        var actress = Person.YuliaPeresild;
        if (actress.Age is not int age)
        {
            return null;
        }

        var otherAges = Person.All
            .Where(p => p != actress && p.Age is not null)
            .Select(p => p.Age!.Value);
        var nearby = new[] { age + 3, age - 4, age + 8, age - 1 };
        return QuizQuestion.Create(
            $"How old was {actress.Name} on the day she landed back on Earth?",
            AnswerFormat.Number(age),
            otherAges.Concat(nearby).Select(AnswerFormat.Number),
            QuizFact.Of(actress, Person.Fields.Age),
            random);
    }

    private static QuizQuestion CandidatesAuditioned(Random random)
    {
        var film = Film.TheChallenge;
        var lead = film.LeadActor?.Name ?? "the lead actress";
        const int candidates = Facts.CandidatesAuditioned;
        return QuizQuestion.Create(
            $"From how many candidates was {lead} chosen for the lead role in \"{film.Title}\"?",
            AnswerFormat.Number(candidates),
            new[] { candidates / 10, candidates * 2, candidates / 2, candidates * 10 }.Select(AnswerFormat.Number),
            QuizFact.Constant(nameof(Facts.CandidatesAuditioned)),
            random);
    }

    private static QuizQuestion? LandingTime(Random random)
    {
        var landing = Event.SoyuzMs18Landing;
        if (landing.At is not DateTimeOffset at)
        {
            return null;
        }

        var craft = landing.Spacecraft is { Count: > 0 } aboard ? aboard[0].Name : "the film crew";
        var where = landing.Place is { } place ? $" on {place.Name}" : string.Empty;
        // A minute early and three hours early are the times the sources wrongly gave; the others are plausible slips.
        var nearby = new[] { at.AddMinutes(-1), at.AddHours(-3), at.AddHours(1), at.AddHours(12) };
        return QuizQuestion.Create(
            $"At what time (UTC) did {craft} land{where}?",
            AnswerFormat.UtcTime(at),
            nearby.Select(AnswerFormat.UtcTime),
            QuizFact.Of(landing, Event.Fields.At),
            random);
    }

    private static QuizQuestion DaysOnStation(Random random)
    {
        var days = Facts.DaysOnStation;
        var distractors = new[]
        {
            Facts.RehabDuration,
            days + TimeSpan.FromDays(3),
            days * 2,
            days - TimeSpan.FromDays(5),
        };
        return QuizQuestion.Create(
            $"How long did the film crew spend aboard the {Spacecraft.Iss.Name}?",
            AnswerFormat.Duration(days),
            distractors.Where(d => d > TimeSpan.Zero).Select(AnswerFormat.Duration),
            QuizFact.Constant(nameof(Facts.DaysOnStation)),
            random);
    }

    private static QuizQuestion? PilotHome(Random random)
    {
        // FilmCrewFlight is the flight down, aboard Soyuz MS-18; FilmCrewAscent is the flight up.
        var flight = Mission.FilmCrewFlight;
        var crew = flight.Crew ?? [];
        var pilot = crew.FirstOrDefault(IsSpaceTraveller);
        if (pilot is null)
        {
            return null;
        }

        var passengers = crew.Where(p => p != pilot).Select(p => p.Name).ToList();
        var carried = passengers.Count > 0 ? string.Join(" and ", passengers) : "the film crew";
        // The commander who flew them up is the tempting wrong answer, so it comes first.
        var others = new[] { Mission.FilmCrewAscent.Commander }
            .Concat(Person.All.Where(IsSpaceTraveller))
            .OfType<Person>()
            .Where(p => !crew.Contains(p))
            .Select(p => p.Name);
        return QuizQuestion.Create(
            $"Who flew {carried} back down to Earth?",
            pilot.Name,
            others,
            QuizFact.Of(flight, Mission.Fields.Crew).With(QuizFact.Of(pilot, Person.Fields.Description)),
            random);
    }

    private static QuizQuestion? FilmTitle(Random random)
    {
        var milestone = Milestone.FirstFictionFilmInSpace;
        if (milestone.Film is not { Title: { } title } film)
        {
            return null;
        }

        var achievement = milestone.Achievement.Length > 0
            ? char.ToLowerInvariant(milestone.Achievement[0]) + milestone.Achievement[1..]
            : "film";
        // The other films' titles first (a project no article titles has none), then the short headlines of the
        // sources, which read like titles too.
        var others = Film.All.Where(f => f != film).Select(f => f.Title).OfType<string>()
            .Concat(Facts.Sources.All.Select(s => s.Title).Where(t => t.Split(' ').Length <= 6));
        return QuizQuestion.Create(
            $"What is the (tentative) title of the {achievement}?",
            title,
            others,
            QuizFact.Of(film, Film.Fields.Title),
            random);
    }

    private static QuizQuestion? Director(Random random)
    {
        var film = Film.TheChallenge;
        if (film.Director is not { } director)
        {
            return null;
        }

        // People who worked on the film are the hardest wrong answers, so they come first.
        var others = Person.All
            .Where(p => p != director)
            .OrderByDescending(p => p.Films?.Contains(film) == true)
            .Select(p => p.Name);
        return QuizQuestion.Create(
            $"Who directed \"{film.Title}\"?",
            director.Name,
            others,
            QuizFact.Of(film, Film.Fields.Director),
            random);
    }

    private static QuizQuestion? ThrusterMisfireDate(Random random)
    {
        var misfire = Event.ThrusterMisfire;
        if (DayOf(misfire.Date) is not DateOnly date)
        {
            return null;
        }

        var craft = misfire.Spacecraft is { Count: > 0 } involved ? involved[0].Name : "the spacecraft";
        // Other dates of the mission make the best distractors; neighbouring days fill in when there are few.
        var otherDates = Event.All
            .Where(e => e != misfire)
            .Select(e => DayOf(e.Date))
            .OfType<DateOnly>()
            .Concat([date.AddDays(-1), date.AddDays(1), date.AddDays(-2)]);
        return QuizQuestion.Create(
            $"On what date did a thruster of {craft} fire unexpectedly during a test?",
            AnswerFormat.Date(date),
            otherDates.Select(AnswerFormat.Date),
            QuizFact.Of(misfire, Event.Fields.Date),
            random);
    }

    private static QuizQuestion LostAttitudeControl(Random random)
    {
        var lost = Facts.LostAttitudeControl;
        return QuizQuestion.Create(
            $"For how long did that misfire destabilise the {Spacecraft.Iss.Name}?",
            AnswerFormat.Duration(lost),
            new[] { lost / 2, lost * 2, lost * 4, lost / 6 }.Select(AnswerFormat.Duration),
            QuizFact.Constant(nameof(Facts.LostAttitudeControl)),
            random);
    }

    private static QuizQuestion RehabDuration(Random random)
    {
        var rehab = Facts.RehabDuration;
        var stay = Event.StarCityRehabilitation;
        var who = stay.People is { Count: > 0 } people ? string.Join(" and ", people.Select(p => p.Name)) : "the film crew";
        var where = stay.Place is { } place ? $" at {place.Name}" : string.Empty;
        return QuizQuestion.Create(
            $"How long a rehab were {who} to undergo{where} after landing?",
            AnswerFormat.Duration(rehab),
            new[] { Facts.DaysOnStation, rehab / 2, rehab * 3, rehab + TimeSpan.FromDays(4) }.Select(AnswerFormat.Duration),
            QuizFact.Constant(nameof(Facts.RehabDuration)),
            random);
    }

    private static bool IsSpaceTraveller(Person person) => person.Role is Role.Cosmonaut or Role.Astronaut;

    /// <summary>A partial date known to the day, as a calendar date; null for one known only to the month or year.</summary>
    private static DateOnly? DayOf(FactDate? date) =>
        date is { Precision: FactDatePrecision.Day, Month: int month, Day: int day } known ? new DateOnly(known.Year, month, day) : null;
}
