using TypedFacts.Quiz;

namespace SpaceFilm;

/// <summary>
/// How the SpaceFilm quiz words its questions: the per-model table on top of the engine's generic, description-based
/// prompts. It names fields through the generated metadata (<c>Person.Fields.Age</c>), so a field renamed in
/// <c>facts.yaml</c> breaks the build rather than silently falling back to a generic prompt; constants are named by
/// <c>nameof</c> for the same reason. The terminal quiz (<c>src/SpaceFilm.Quiz</c>) and the web quiz (<c>src/SpaceFilm.Web</c>) both use it.
/// </summary>
public static class SpaceFilmPhrasing
{
    /// <summary>A new phrasing for <c>SpaceFilm.Facts.Model</c>.</summary>
    public static QuizPhrasing Create()
    {
        // The articles' titles are their first sentences, up to 200 characters: an option shows the first words.
        var phrasing = new QuizPhrasing { SourceLabel = source => Shorten(source.Title, 60) };

        // Entries with no name are named by the sentence that says what they are, not by their ids.
        phrasing
            .DisplayBy(Event.Fields.Summary)
            .DisplayBy(Mission.Fields.Description)
            .DisplayBy(Milestone.Fields.Achievement);

        phrasing
            .Ask(Person.Fields.Age, "How old was {subject} on the day the film crew landed?")
            .Ask(Person.Fields.Role, "In what capacity do the articles name {subject}?")
            .Ask(Person.Fields.Nationality, "What nationality do the articles give {subject}?")
            .Ask(Person.Fields.Description, "Which of these describes {subject}?")
            .Ask(Person.Fields.Missions, "Which of these flights or stays was {subject} on?")
            .Ask(Person.Fields.Spacecraft, "Which spacecraft or station was {subject} aboard?")
            .Ask(Person.Fields.Organisations, "Which organisation do the articles tie {subject} to?")
            .Ask(Person.Fields.Films, "Which film or film project do the articles tie {subject} to?")
            .Ask(Organisation.Fields.Head, "Who heads {subject}?")
            .Ask(Organisation.Fields.Owner, "Who owns {subject}?")
            .Ask(Film.Fields.Director, "Who directed \u201C{subject}\u201D?")
            .Ask(Film.Fields.LeadActor, "Who plays the lead in \u201C{subject}\u201D?")
            .Ask(Film.Fields.CoProducers, "Who co-produces \u201C{subject}\u201D?")
            .Ask(Film.Fields.Cameos, "Who is said to make a cameo in \u201C{subject}\u201D?")
            .Ask(Mission.Fields.Crew, "Who was aboard? {subject}.")
            .Ask(Mission.Fields.Commander, "Who commanded this flight? {subject}.")
            .Ask(Mission.Fields.Start, "When did this stay begin? {subject}.")
            .Ask(Event.Fields.Date, "When did this happen? {subject}.")
            .Ask(Event.Fields.At, "At what time exactly did this happen? {subject}.")
            .Ask(Event.Fields.People, "Who took part? {subject}.")
            .Ask(Quotation.Fields.Addressee, "To whom was this said: \u201C{subject}\u201D?")
            .Ask(Milestone.Fields.Person, "Who achieved this first: {subject}?")
            .Ask(Milestone.Fields.Year, "In what year was this first achieved: {subject}?");

        phrasing
            .AskClaim(Person.Fields.Name, "Most articles spell the name \u201C{value}\u201D. Which article spells it differently?")
            .AskClaim(Organisation.Fields.Name, "Most articles write the name \u201C{value}\u201D. Which article writes it differently?")
            .AskClaim(Film.Fields.Title, "The film's title is \u201C{value}\u201D. Which article prints it differently?")
            .AskClaim(Film.Fields.Plot, "\u201C{subject}\u201D is about this: \u201C{value}\u201D Which article tells the plot differently?")
            .AskClaim(Film.Fields.Rival, "\u201C{subject}\u201D races a project Tom Cruise announced. Which article names another rival?")
            .AskClaim(Film.Fields.SurpassedRival, "Most articles say \u201C{subject}\u201D will beat its rival if it stays on schedule. Which article says it already has?")
            .AskClaim(Event.Fields.Summary, "Most articles tell it like this: \u201C{value}\u201D Which article tells it differently?")
            .AskClaim(Event.Fields.At, "The landing is timed at {value}. Which article gives another time?")
            .AskClaim(Quotation.Fields.Text, "{.speaker} is quoted as saying \u201C{value}\u201D. Which article words it differently?");

        phrasing
            .AskConstant(nameof(Facts.CandidatesAuditioned), "From how many candidates was Yulia Peresild chosen for the lead role?")
            .AskConstant(nameof(Facts.DaysOnStation), "How long did the actress and the director spend aboard the ISS?")
            .AskConstant(nameof(Facts.NovitskyMonthsOnStation), "For how many months had Oleg Novitsky been on the ISS before he flew the film crew down?")
            .AskConstant(nameof(Facts.LostAttitudeControl), "For how long did Friday's thruster firing destabilise the ISS?")
            .AskConstant(nameof(Facts.RecoveryHelicopters), "On how many helicopters did Rogozin's crew head for the landing site?")
            .AskConstant(nameof(Facts.RehabDuration), "How long a rehab at Star City were the actress and the director scheduled for?")
            .AskConstant(nameof(Facts.OtherCameoCosmonauts), "Besides Anton Shkaplerov, how many cosmonauts appear in the film?")
            .AskConstant(nameof(Facts.YearsSinceGagarin), "How many years after Yuri Gagarin's flight does Article001 place the film project?")
            .AskConstant(nameof(Facts.JapaneseTouristsScheduled), "How many Japanese tourists is Russia scheduled to send to the ISS in December?");

        return phrasing;
    }

    /// <summary>The text, or its first words and an ellipsis when it is longer than <paramref name="length"/>.</summary>
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length - 1);
        return text.Substring(0, cut > 0 ? cut : length - 1).TrimEnd(',', ';', ':') + "\u2026";
    }
}
