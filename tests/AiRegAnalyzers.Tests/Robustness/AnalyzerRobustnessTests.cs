using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Benchmarks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiRegAnalyzers.Tests.Robustness;

/// <summary>
/// No analyzer may throw (AD0001) on any input: every analyzer, found by reflection, runs with
/// concurrent execution over half-typed and damaged versions of the suite's own test sources and of
/// the benchmark corpus, and over hand-picked hostile inputs, with default and with malformed options.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    private const int Seed = 8;

    /// <summary>Mutated files per compilation: batching keeps the per-compilation start-up cost down.</summary>
    private const int FilesPerCompilation = 16;

    /// <summary>About how many damaged variants of the suite's sources to analyse; the cuts per source shrink as the suite grows.</summary>
    private const int VariantBudget = 1_200;

    public static TheoryData<string> EdgeCaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in EdgeCaseSources.All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EdgeCaseNames))]
    public async Task Hostile_input_does_not_make_any_analyzer_throw(string name)
    {
        var edgeCase = EdgeCaseSources.All.Single(c => c.Name == name);
        var trees = edgeCase.Files.Select(f => RobustnessHarness.Parse(f.Text, f.Path)).ToList();
        var compilation = RobustnessHarness.CreateCompilation(trees, edgeCase.AllowUnsafe);

        var (failures, _) = await RobustnessHarness.RunAnalyzersAsync(compilation);
        var (hostileFailures, _) = await RobustnessHarness.RunAnalyzersAsync(compilation, RobustnessHarness.HostileOptions(name.Length));

        AssertNoFailures(failures.Concat(hostileFailures.Select(f => "[malformed options] " + f)), name);
    }

    [Fact]
    public async Task Truncated_and_damaged_suite_sources_do_not_make_any_analyzer_throw()
    {
        var random = new Random(Seed);
        var variants = new List<(string Name, string Text)>();
        var sources = RobustnessHarness.SuiteSources.Select(s => (s.Name, s.Text))
            .Append(("EdgeCaseSources.Violations", EdgeCaseSources.Violations))
            .ToList();
        var cuts = Math.Clamp((VariantBudget / Math.Max(1, sources.Count)) - 4, 3, 8);
        foreach (var (name, text) in sources)
        {
            variants.Add((name, text));
            var cut = 0;
            foreach (var truncated in RobustnessHarness.Truncations(text, cuts, random))
            {
                variants.Add(($"{name} truncated #{cut++} at {truncated.Length}", truncated));
            }

            for (var deletions = 1; deletions <= 5; deletions += 2)
            {
                variants.Add(($"{name} minus {deletions} token(s)", RobustnessHarness.DeleteTokens(text, deletions, random)));
            }
        }

        var failures = await RunBatchedAsync(variants);
        AssertNoFailures(failures, $"{sources.Count} sources, {variants.Count} variants");
    }

    [Fact]
    public async Task Truncated_and_damaged_corpus_does_not_make_any_analyzer_throw()
    {
        var random = new Random(Seed);
        var files = CorpusGenerator.Generate(1_000, seed: Seed);
        var rounds = new List<(string Name, List<SyntaxTree> Trees)>();
        for (var round = 0; round < 4; round++)
        {
            // Every file of the corpus damaged at once, differently in each round.
            var trees = files.Select(f =>
            {
                var text = round < 2
                    ? RobustnessHarness.Truncations(f.Text, 1, random).Single()
                    : RobustnessHarness.DeleteTokens(f.Text, round == 2 ? 1 : 4, random);
                return RobustnessHarness.Parse(text, f.Path);
            }).ToList();
            rounds.Add(($"corpus round {round}", trees));
        }

        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(rounds, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (round, ct) =>
        {
            var options = round.Name.EndsWith('3') ? RobustnessHarness.HostileOptions(3) : null;
            var (found, _) = await RobustnessHarness.RunAnalyzersAsync(RobustnessHarness.CreateCompilation(round.Trees), options, ct);
            foreach (var failure in found)
            {
                failures.Enqueue($"{round.Name}: {failure}");
            }
        });

        AssertNoFailures(failures, "damaged corpus");
    }

    [Fact]
    public void Benchmark_corpus_compiles_without_errors()
    {
        var files = CorpusGenerator.Generate(1_000, seed: Seed);
        var compilation = RobustnessHarness.CreateCompilation(files.Select(f => RobustnessHarness.Parse(f.Text, f.Path)));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();

        Assert.True(errors.Count == 0, "The corpus must compile against the test references:\n" + string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public async Task Parallel_runs_with_shared_analyzer_instances_agree()
    {
        var files = CorpusGenerator.Generate(1_000, seed: Seed + 1);
        var trees = files.Select(f => RobustnessHarness.Parse(f.Text, f.Path)).ToList();
        trees.Add(RobustnessHarness.Parse(EdgeCaseSources.Violations, "Violations.cs"));
        var results = new ConcurrentBag<(List<string> Failures, string[] Diagnostics)>();

        // Four compilations of the same code analysed at the same time by the same analyzer instances:
        // any state kept on an analyzer instance shows up as an exception or as differing results.
        await Parallel.ForEachAsync(Enumerable.Range(0, 4), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, ct) =>
        {
            var (failures, diagnostics) = await RobustnessHarness.RunAnalyzersAsync(RobustnessHarness.CreateCompilation(trees), cancellationToken: ct);
            results.Add((failures, diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToArray()));
        });

        AssertNoFailures(results.SelectMany(r => r.Failures), "parallel runs");
        var first = results.First().Diagnostics;
        Assert.All(results, r => Assert.Equal(first, r.Diagnostics));
    }

    private static async Task<List<string>> RunBatchedAsync(List<(string Name, string Text)> variants)
    {
        var batches = variants
            .Select((v, i) => (v, i))
            .GroupBy(x => x.i / FilesPerCompilation)
            .Select(g => g.Select(x => x.v).ToList())
            .ToList();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            batches.Select((b, i) => (Batch: b, Index: i)),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (item, ct) =>
            {
                var trees = item.Batch.Select((v, i) => RobustnessHarness.Parse(v.Text, $"Variant{i}.cs")).ToList();
                var options = item.Index % 3 == 2 ? RobustnessHarness.HostileOptions(item.Index) : null;
                var (found, _) = await RobustnessHarness.RunAnalyzersAsync(RobustnessHarness.CreateCompilation(trees), options, ct);
                foreach (var failure in found)
                {
                    failures.Enqueue($"batch {item.Index} [{string.Join(" | ", item.Batch.Select(v => v.Name))}]{(options is null ? string.Empty : " (malformed options)")}: {failure}");
                }
            });
        return failures.ToList();
    }

    private static void AssertNoFailures(IEnumerable<string> failures, string what)
    {
        var list = failures.ToList();
        Assert.True(list.Count == 0, $"{list.Count} analyzer failure(s) on {what}:\n" + string.Join("\n", list.Take(15)));
    }
}
