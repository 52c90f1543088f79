using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpaceFilm.Web.Articles;
using TypedFacts.Text;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SpaceFilm.Web.Tests;

/// <summary>
/// The published web quiz in a real browser (the system's Chromium, driven by Playwright): a whole game of a fixed
/// seed played by mouse and keyboard, checked against the questions the engine makes for that seed, then a new game.
/// Saves docs/images/web-quiz.png when it passes.
/// </summary>
public sealed class WebQuizTests(PublishedApp app, ITestOutputHelper output) : IClassFixture<PublishedApp>
{
    private const int Seed = 42;
    private const int Count = 10;

    private static readonly string Screenshot = Path.Combine(RepositoryFiles.Root, "docs", "images", "web-quiz.png");

    [SkippableFact]
    public async Task A_whole_game_is_played_in_the_browser_with_the_evidence_marked_in_its_article()
    {
        var chromium = SystemChromium.Require();

        // The web app runs with invariant globalization; the expected game is made under the same culture.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        var engine = new QuizEngine(SpaceFilm.Facts.Model, SpaceFilm.SpaceFilmPhrasing.Create());
        var expected = engine.CreateGame(Seed, Count);
        expected.Count.ShouldBe(Count);

        var started = DateTime.UtcNow;
        var wwwroot = app.WwwRoot;
        output.WriteLine($"published in {(DateTime.UtcNow - started).TotalSeconds:0}s to {wwwroot}");

        await using var site = await StaticSite.StartAsync(wwwroot);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = SystemChromium.Arguments,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1000, Height = 760 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { problems.Add("console: " + message.Text); } };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) { problems.Add($"HTTP {response.Status}: {response.Url}"); } };
        SetDefaultExpectTimeout(30_000);

        await page.GotoAsync(new Uri(site.Address, $"?seed={Seed}").ToString());
        await Expect(page.Locator("#seed")).ToHaveTextAsync(Seed.ToString(CultureInfo.InvariantCulture));

        byte[]? screenshot = null;
        var score = 0;
        var streak = 0;
        var marksChecked = 0;
        for (var i = 0; i < Count; i++)
        {
            var question = expected[i];
            await Expect(page.Locator("#prompt")).ToHaveTextAsync(question.Prompt);
            await Expect(page.Locator("#progress")).ToHaveTextAsync($"{i + 1} of {Count}");
            var options = page.Locator("button.option");
            await Expect(options).ToHaveCountAsync(question.Options.Count);
            (await options.Locator(".option-text").AllTextContentsAsync()).ShouldBe(question.Options, $"question {i + 1}'s options");

            // Every third answer is wrong; the first two are given with the keyboard.
            var right = i % 3 != 1;
            var chosen = right ? question.AnswerIndex : (question.AnswerIndex + 1) % question.Options.Count;
            if (i < 2)
            {
                await page.Keyboard.PressAsync((chosen + 1).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                await options.Nth(chosen).ClickAsync();
            }

            score += right ? 1 : 0;
            streak = right ? streak + 1 : 0;
            await Expect(page.Locator("#score")).ToHaveTextAsync(score.ToString(CultureInfo.InvariantCulture));
            await Expect(page.Locator("#streak")).ToContainTextAsync(streak.ToString(CultureInfo.InvariantCulture));
            await Expect(page.Locator("#feedback")).ToContainTextAsync(right ? "Right!" : $"Wrong: the answer is {question.Answer}");
            await Expect(options.Nth(chosen)).ToHaveClassAsync(new Regex(right ? @"\bright\b" : @"\bwrong\b"));
            await Expect(options.Nth(question.AnswerIndex)).ToHaveClassAsync(new Regex(@"\bright\b"));
            for (var k = 0; k < question.Options.Count; k++)
            {
                await Expect(options.Nth(k)).ToBeDisabledAsync();
            }

            marksChecked += await CheckEvidenceAsync(page, question, i);
            await Expect(page.Locator("#next")).ToBeFocusedAsync();

            if (!right && screenshot is null)
            {
                await page.Locator("#prompt").ScrollIntoViewIfNeededAsync();
                screenshot = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
            }

            if (i == 1)
            {
                // Enter on the focused "Next" button.
                await page.Keyboard.PressAsync("Enter");
            }
            else if (i == 2)
            {
                // Enter with nothing focused: the page's own key handler goes on.
                await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
                await page.Keyboard.PressAsync("Enter");
            }
            else
            {
                await page.Locator("#next").ClickAsync();
            }
        }

        marksChecked.ShouldBeGreaterThan(0, "no evidence quote was marked in its article");

        // The results.
        await Expect(page.Locator("#results-title")).ToContainTextAsync($"{score} of {Count} right");
        await Expect(page.Locator("#results-title")).ToBeFocusedAsync();
        await Expect(page.Locator(".recap li")).ToHaveCountAsync(Count);
        await Expect(page.Locator(".recap li.wrong")).ToHaveCountAsync(Count - score);

        // A new game: another seed, in the address and on the page, and its first question.
        await page.Locator("#play-again").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"[?&]seed=(?!42(?:\D|$))-?\d+"));
        var newSeed = int.Parse(Regex.Match(page.Url, @"[?&]seed=(-?\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        await Expect(page.Locator("#seed")).ToHaveTextAsync(newSeed.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#score")).ToHaveTextAsync("0");
        await Expect(page.Locator("#progress")).ToHaveTextAsync($"1 of {Count}");
        await Expect(page.Locator("#prompt")).ToHaveTextAsync(engine.CreateGame(newSeed, Count)[0].Prompt);
        await Expect(page.Locator("#prompt")).ToBeFocusedAsync();

        // Back to the first game's address: the same game again, from its start.
        await page.GoBackAsync();
        await Expect(page.Locator("#seed")).ToHaveTextAsync(Seed.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#prompt")).ToHaveTextAsync(expected[0].Prompt);
        await Expect(page.Locator("#score")).ToHaveTextAsync("0");

        // The header's "New game" button, in the middle of a game.
        await page.Locator("button.option").Nth(expected[0].AnswerIndex).ClickAsync();
        await Expect(page.Locator("#score")).ToHaveTextAsync("1");
        await page.Locator("#new-game").ClickAsync();
        await Expect(page.Locator("#score")).ToHaveTextAsync("0");
        await Expect(page.Locator("#seed")).Not.ToHaveTextAsync(Seed.ToString(CultureInfo.InvariantCulture));

        problems.ShouldBeEmpty();
        screenshot.ShouldNotBeNull();
        Directory.CreateDirectory(Path.GetDirectoryName(Screenshot)!);
        await File.WriteAllBytesAsync(Screenshot, screenshot);
        output.WriteLine($"screenshot: {Screenshot}");
    }

    /// <summary>The evidence shown after an answer: one item per evidence of the question, each quote marked in its article's paragraph.</summary>
    private static async Task<int> CheckEvidenceAsync(IPage page, QuizQuestion question, int index)
    {
        var items = page.Locator(".evidence article.quote");
        await Expect(items).ToHaveCountAsync(question.Evidence.Count);
        var marked = 0;
        for (var k = 0; k < question.Evidence.Count; k++)
        {
            var evidence = question.Evidence[k];
            var item = items.Nth(k);
            await Expect(item.Locator("cite")).ToHaveTextAsync(evidence.Source.Title);
            if (evidence.Source.File is null)
            {
                await Expect(item.Locator("blockquote")).ToHaveTextAsync(evidence.Quote);
                continue;
            }

            var marks = item.Locator(".passage mark");
            await Expect(marks.First).ToBeVisibleAsync();
            var text = string.Join(" ", await marks.AllTextContentsAsync());
            QuoteFolding.Fold(text).ShouldBe(QuoteFolding.Fold(evidence.Quote), $"question {index + 1}, evidence {k + 1} ({evidence.Source.Id})");
            marked++;
        }

        return marked;
    }
}
