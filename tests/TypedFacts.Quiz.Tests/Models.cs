namespace TypedFacts.Quiz.Tests;

/// <summary>The models the engine is tested on, each with the phrasing it is played with.</summary>
public static class Models
{
    /// <summary><c>facts.yaml</c>, with the SpaceFilm phrasing.</summary>
    public const string SpaceFilm = "SpaceFilm";

    /// <summary><c>facts.yaml</c>, with the generic phrasing only.</summary>
    public const string SpaceFilmGeneric = "SpaceFilm, generic phrasing";

    /// <summary><c>Fixtures/expedition.facts.yaml</c>, a model the engine was not written for, with the generic phrasing.</summary>
    public const string Expedition = "Expedition";

    /// <summary>Every model, for theories.</summary>
    public static TheoryData<string> All => [SpaceFilm, SpaceFilmGeneric, Expedition];

    /// <summary>A fresh engine for a model (engines are not shared between tests that may run in parallel).</summary>
    public static QuizEngine Engine(string name) => name switch
    {
        SpaceFilm => new QuizEngine(global::SpaceFilm.Facts.Model, global::SpaceFilm.SpaceFilmPhrasing.Create()),
        SpaceFilmGeneric => new QuizEngine(global::SpaceFilm.Facts.Model),
        Expedition => new QuizEngine(Fixtures.Expedition.ExpeditionFacts.Model),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such model."),
    };

    /// <summary>Every question of every round of a model, with the oracle that judges them.</summary>
    public static (QuizEngine Engine, IReadOnlyList<QuizQuestion> Questions, ModelOracle Oracle) Questions(string name)
    {
        var engine = Engine(name);
        return (engine, engine.AllQuestions(), new ModelOracle(engine.Model, engine.Phrasing));
    }
}
