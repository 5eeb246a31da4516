using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Benchmarks;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace AiRegAnalyzers.Tests.Robustness;

/// <summary>
/// Every code action of every code fix provider (found by reflection), applied to diagnostics that
/// all analyzers report on the suite's own test sources and on the benchmark corpus, must leave code
/// without new compiler errors. The work is bounded per provider so the test stays fast.
/// </summary>
public sealed class CodeFixRobustnessTests
{
    private const int MaxFixesPerProvider = 20;
    private const int MaxFixesPerProviderPerSource = 4;

    /// <summary>A bound on the test sources analysed, so the test stays fast as the suite grows.</summary>
    private const int MaxSourceSets = 50;

    private readonly ITestOutputHelper _output;

    public CodeFixRobustnessTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Every_code_fix_leaves_code_without_new_compiler_errors()
    {
        var providers = RobustnessHarness.CodeFixProviders;
        if (providers.IsEmpty || RobustnessHarness.Analyzers.IsEmpty)
        {
            _output.WriteLine($"{providers.Length} code fix provider(s), {RobustnessHarness.Analyzers.Length} analyzer(s): nothing to check.");
            return;
        }

        var watch = Stopwatch.StartNew();
        var applied = providers.ToDictionary(p => p, _ => 0);
        var failures = new List<string>();
        var scanned = 0;
        using var workspace = new AdhocWorkspace();
        foreach (var (name, files, expected) in Sources())
        {
            // Only the analyzers whose diagnostics a provider still below its cap can fix, and only on
            // sources whose test expected such a diagnostic (plus the hand-written violations and the corpus).
            var wanted = providers.Where(p => applied[p] < MaxFixesPerProvider).SelectMany(p => p.FixableDiagnosticIds).ToHashSet(StringComparer.Ordinal);
            if (wanted.Count == 0)
            {
                break;
            }

            if (expected is not null && !expected.Overlaps(wanted))
            {
                continue;
            }

            if (scanned >= MaxSourceSets && expected is not null)
            {
                continue;
            }

            var analyzers = RobustnessHarness.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => wanted.Contains(d.Id))).ToImmutableArray();
            if (analyzers.IsEmpty)
            {
                break;
            }

            scanned++;
            var project = AddProject(workspace, files);
            var compilation = (await project.GetCompilationAsync())!;
            var (_, diagnostics) = await RobustnessHarness.RunAnalyzersAsync(compilation, analyzers: analyzers);
            var perSource = providers.ToDictionary(p => p, _ => 0);
            var errorsBefore = new Dictionary<DocumentId, List<Diagnostic>>();
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource && wanted.Contains(d.Id)).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
            {
                foreach (var provider in providers)
                {
                    if (!provider.FixableDiagnosticIds.Contains(diagnostic.Id)
                        || applied[provider] >= MaxFixesPerProvider || perSource[provider] >= MaxFixesPerProviderPerSource)
                    {
                        continue;
                    }

                    var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                    foreach (var action in await GetActionsAsync(provider, document, diagnostic))
                    {
                        applied[provider]++;
                        perSource[provider]++;
                        var failure = await ApplyAsync(project, compilation, errorsBefore, action);
                        if (failure is not null)
                        {
                            failures.Add($"{provider.GetType().Name} '{action.Title}' on {diagnostic.Id} in {name} at {diagnostic.Location.GetLineSpan().StartLinePosition}: {failure}");
                        }
                    }
                }
            }

            workspace.ClearSolution();
        }

        _output.WriteLine($"{scanned} source set(s) scanned in {watch.Elapsed.TotalSeconds:F1} s; code actions applied per provider:");
        foreach (var (provider, count) in applied.OrderBy(p => p.Key.GetType().Name, StringComparer.Ordinal))
        {
            _output.WriteLine($"  {provider.GetType().Name}: {count}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} code fix(es) introduced compiler errors:\n" + string.Join("\n\n", failures.Take(10)));
    }

    /// <summary>
    /// For each provider in turn, the next test source whose markup expects a diagnostic it fixes, so
    /// that every provider meets its diagnostics early; then the hand-written violations and a slice of
    /// the benchmark corpus.
    /// </summary>
    private static IEnumerable<(string Name, (string Path, string Text)[] Files, ImmutableHashSet<string>? Expected)> Sources()
    {
        yield return ("EdgeCaseSources.Violations", [("Violations.cs", EdgeCaseSources.Violations)], null);
        var queues = RobustnessHarness.CodeFixProviders
            .Select(p => new Queue<RobustnessHarness.SuiteSource>(RobustnessHarness.SuiteSources.Where(s => s.MarkupIds.Overlaps(p.FixableDiagnosticIds))))
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues)
            {
                while (queue.Count > 0)
                {
                    var source = queue.Dequeue();
                    if (seen.Add(source.Name))
                    {
                        yield return (source.Name, [("Test0.cs", source.Text)], source.MarkupIds);
                        break;
                    }
                }
            }
        }

        yield return ("corpus", CorpusGenerator.Generate(1_200, seed: 12).Select(f => (f.Path, f.Text)).ToArray(), null);
    }

    private static Project AddProject(AdhocWorkspace workspace, (string Path, string Text)[] files)
    {
        var projectId = ProjectId.CreateNewId();
        var documents = files.Select(f => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            System.IO.Path.GetFileName(f.Path),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(f.Text), VersionStamp.Create())),
            filePath: "/src/" + f.Path));
        var info = ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "FixTarget",
            "FixTarget",
            LanguageNames.CSharp,
            compilationOptions: RobustnessHarness.CompilationOptions(),
            parseOptions: RobustnessHarness.ParseOptions,
            documents: documents,
            metadataReferences: TestReferences.All);
        return workspace.AddProject(info);
    }

    private static async Task<List<CodeAction>> GetActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);

        // Nested actions (a fix offering several variants) are applied one by one.
        var flat = new List<CodeAction>();
        var pending = new Stack<CodeAction>(actions.AsEnumerable().Reverse());
        while (pending.Count > 0)
        {
            var action = pending.Pop();
            if (action.NestedActions.IsDefaultOrEmpty)
            {
                flat.Add(action);
            }
            else
            {
                foreach (var nested in action.NestedActions.Reverse())
                {
                    pending.Push(nested);
                }
            }
        }

        return flat;
    }

    /// <summary>Applies the action; returns a description of the new errors, or null when there are none.</summary>
    private static async Task<string?> ApplyAsync(Project project, Compilation oldCompilation, Dictionary<DocumentId, List<Diagnostic>> errorsBefore, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations;
        try
        {
            operations = await action.GetOperationsAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            return $"the action threw {e.GetType().Name}: {e.Message}";
        }

        var changed = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution;
        if (changed is null)
        {
            return null;
        }

        var newProject = changed.GetProject(project.Id)!;
        var changes = newProject.GetChanges(project);
        var failures = new List<string>();
        var newCompilation = (await newProject.GetCompilationAsync())!;
        foreach (var documentId in changes.GetChangedDocuments().Concat(changes.GetAddedDocuments()))
        {
            var newDocument = newProject.GetDocument(documentId)!;
            var newTree = (await newDocument.GetSyntaxTreeAsync())!;
            var after = Errors(newCompilation.GetSemanticModel(newTree).GetDiagnostics());
            if (!errorsBefore.TryGetValue(documentId, out var before))
            {
                before = project.GetDocument(documentId) is { } oldDocument
                    ? Errors(oldCompilation.GetSemanticModel((await oldDocument.GetSyntaxTreeAsync())!).GetDiagnostics())
                    : [];
                errorsBefore[documentId] = before;
            }

            // New errors: any error ID that occurs more often after the fix than before.
            var added = after.GroupBy(d => d.Id)
                .Where(g => g.Count() > before.Count(b => b.Id == g.Key))
                .SelectMany(g => g)
                .ToList();
            if (added.Count > 0)
            {
                var text = (await newDocument.GetTextAsync()).ToString();
                failures.Add(string.Join("\n", added.Take(5).Select(d => "  " + d)) + "\n--- fixed document ---\n" + Excerpt(text, added[0].Location.SourceSpan.Start));
            }
        }

        return failures.Count == 0 ? null : string.Join("\n", failures);
    }

    private static List<Diagnostic> Errors(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private static string Excerpt(string text, int position)
    {
        var start = Math.Max(0, position - 400);
        var end = Math.Min(text.Length, position + 400);
        return text.Substring(start, end - start);
    }
}
