using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using SpaceFilm.Web;
using SpaceFilm.Web.Articles;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");

// The articles are embedded in this assembly; the engine walks the generated model through its metadata (no
// reflection), so a seed gives the same questions here as in the terminal quiz.
builder.Services.AddSingleton(_ => new ArticleLibrary());
builder.Services.AddSingleton(_ => new QuizEngine(SpaceFilm.Facts.Model, SpaceFilm.SpaceFilmPhrasing.Create()));

await builder.Build().RunAsync();
