using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

/// <summary>
/// The fixes as a user runs them from the command line: <c>dotnet format analyzers --diagnostics ID</c>
/// on a copy of the sample that takes the packed package, then a build with nullable warnings as
/// errors. Every finding of a fixable ID that has a fix is gone after one run, nothing new appears,
/// and the fixed code compiles without a nullable warning.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeFixFormatTests
{
    /// <summary>The IDs that have a code fix (the unit suite's meta tests list the providers).</summary>
    private static readonly string[] FixableIds =
    [
        "AIREG101", "AIREG102", "AIREG103", "AIREG105", "AIREG201", "AIREG202", "AIREG203", "AIREG204",
        "AIREG301", "AIREG302", "AIREG303", "AIREG304", "AIREG305", "AIREG306", "AIREG307", "AIREG308", "AIREG309",
        "AIREG401", "AIREG402", "AIREG403", "AIREG404", "AIREG501", "AIREG502",
    ];

    /// <summary>Findings of fixable IDs that have no fix by design, by ID and file.</summary>
    private static readonly (string Id, string File)[] NoFixByDesign =
    [
        // A fast hash of a password: moving to PBKDF2 needs a salt stored with each hash and new verification code.
        ("AIREG306", "PortalAccountService.cs"),
        // ECB: the replacement mode (GCM) needs a nonce and a tag stored with the ciphertext.
        ("AIREG303", "HisRecordCipher.cs"),
        ("AIREG303", "InsuranceClaimExchange.cs"),
        // Files and columns: the fix wraps with aireg.protection_method / adds aireg.protection_attributes, which the sample leaves unset.
        ("AIREG102", "PatientExportService.cs"),
        ("AIREG103", "Patient.cs"),
        ("AIREG103", "Appointment.cs"),
    ];

    private const string NullableErrors = "-p:WarningsAsErrors=nullable";

    private readonly PackageFixture _package;

    public CodeFixFormatTests(PackageFixture package) => _package = package;

    [Fact]
    public void Dotnet_format_applies_every_fix_in_one_run_and_the_sample_still_builds_without_nullable_warnings()
    {
        var copy = SampleCopy.Create(_package, "format");
        var before = copy.Build("-p:Nullable=enable", NullableErrors);
        _package.Timings.Add(("build of the sample before dotnet format", before.Elapsed));
        Assert.True(before.Succeeded, before.ToString());
        var found = before.DiagnosticsOf(copy.Project).Where(d => FixableIds.Contains(d.Id)).ToList();
        Assert.NotEmpty(found);

        // One run per group of IDs whose findings share no file: a run analyses once, so two IDs that
        // edit one document in the same run would work on a stale tree.
        foreach (var group in Groups(found))
        {
            var format = DotNet.Run(copy.Root, ["format", "analyzers", copy.Project, "--no-restore", "--severity", "warn", "--diagnostics", .. group, "-v", "n"]);
            _package.Timings.Add(("dotnet format " + string.Join(" ", group), format.Elapsed));
            Assert.True(format.Succeeded, format.ToString());
            Assert.DoesNotContain("Unable to fix", format.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("didn't return a Fix All action", format.Output, StringComparison.Ordinal);
        }

        var after = copy.Build("-p:Nullable=enable", NullableErrors);
        _package.Timings.Add(("build of the sample after dotnet format", after.Elapsed));
        Assert.True(after.Succeeded, "the fixed sample must build with nullable warnings as errors\n" + after);

        var left = after.DiagnosticsOf(copy.Project).Where(d => FixableIds.Contains(d.Id)).ToList();
        var unexpected = left.Where(d => !NoFixByDesign.Contains((d.Id, Path.GetFileName(d.File)))).ToList();
        Assert.True(unexpected.Count == 0, "findings with a fix left after dotnet format:\n" + string.Join("\n", unexpected));

        // Nothing new: every finding after the fixes was there before (same rule, file and message).
        var known = before.DiagnosticsOf(copy.Project).Select(Key).ToHashSet();
        var added = after.DiagnosticsOf(copy.Project).Where(d => !known.Contains(Key(d))).ToList();
        Assert.True(added.Count == 0, "new findings after dotnet format:\n" + string.Join("\n", added));
        Assert.Contains(found, d => d.Id == "AIREG305");
        Assert.Contains(found, d => d.Id == "AIREG306");
    }

    private static (string, string, string) Key(PrintedDiagnostic d) => (d.Id, Path.GetFileName(d.File), d.Message);

    private static List<string[]> Groups(IReadOnlyList<PrintedDiagnostic> found)
    {
        var groups = new List<(List<string> Ids, HashSet<string> Files)>();
        foreach (var byId in found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = byId.Select(d => d.File).ToHashSet(StringComparer.Ordinal);
            var group = groups.FirstOrDefault(g => !g.Files.Overlaps(files));
            if (group.Ids is null)
            {
                groups.Add((new List<string> { byId.Key }, files));
            }
            else
            {
                group.Ids.Add(byId.Key);
                group.Files.UnionWith(files);
            }
        }

        return groups.Select(g => g.Ids.ToArray()).ToList();
    }
}
