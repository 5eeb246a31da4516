using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace AiRegAnalyzers.PackageTests;

/// <summary>Runs the <c>dotnet</c> CLI in a child process and parses the diagnostics it prints.</summary>
public static class DotNet
{
    public static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static DotNetResult Run(string workingDirectory, IEnumerable<string> args, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        // The test host runs inside `dotnet test`; its MSBuild variables must not leak into the child build.
        foreach (var key in psi.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && !key.Equals("MSBUILDDISABLENODEREUSE", StringComparison.OrdinalIgnoreCase))
            {
                psi.Environment.Remove(key);
            }
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        psi.Environment["VSLANG"] = null;
        if (environment is not null)
        {
            foreach (var kv in environment)
            {
                psi.Environment[kv.Key] = kv.Value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(20)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", args) + " timed out:\n" + output);
        }

        process.WaitForExit();
        return new DotNetResult(process.ExitCode, output.ToString(), watch.Elapsed, string.Join(" ", args));
    }
}

public sealed record DotNetResult(int ExitCode, string Output, TimeSpan Elapsed, string CommandLine)
{
    // /tmp/x/Program.cs(8,25): warning AIREG301: 'MD5.Create()' uses ... (https://.../AIREG301.md) [/tmp/x/Consumer.csproj]
    private static readonly Regex DiagnosticLine = new(
        @"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<col>\d+)\): (?<severity>warning|error) (?<id>[A-Z]+\d*): (?<message>[^\r\n]*?)(?: \((?<link>https?://[^\s)]+)\))?(?: \[(?<project>[^\]\r\n]*)\])?[ \t]*\r?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // /tmp/x/packages/.../AiRegAnalyzers.props(29,5): warning AIREGMODE: ... [/tmp/x/Consumer.csproj]  and  error MSB...: [..]
    private static readonly Regex AnyErrorLine = new(@": error [A-Z]+\d*: [^\r\n]*\[(?<project>[^\]\r\n]*)\]", RegexOptions.CultureInvariant);

    /// <summary>Every diagnostic printed, once each (the console logger repeats them in its summary).</summary>
    public IReadOnlyList<PrintedDiagnostic> AllDiagnostics =>
        DiagnosticLine.Matches(Output)
            .Select(m => new PrintedDiagnostic(
                m.Groups["id"].Value, m.Groups["severity"].Value, m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["message"].Value, m.Groups["link"].Success ? m.Groups["link"].Value : null,
                m.Groups["project"].Success ? m.Groups["project"].Value : null))
            .Distinct()
            .ToList();

    /// <summary>The AIREG diagnostics of one project of the build (all projects when null).</summary>
    public IReadOnlyList<PrintedDiagnostic> DiagnosticsOf(string? project) =>
        AllDiagnostics.Where(d => d.Id.StartsWith("AIREG", StringComparison.Ordinal) && d.Id.Length == 8 && (project is null || d.Project == project)).ToList();

    /// <summary>Whether a project built without any error line (any tool, any code).</summary>
    public bool ProjectSucceeded(string project) =>
        !AnyErrorLine.Matches(Output).Any(m => m.Groups["project"].Value == project);

    public bool Succeeded => ExitCode == 0;

    public override string ToString() => "dotnet " + CommandLine + " (exit " + ExitCode + ", " + Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s)\n" + Output;
}

public sealed record PrintedDiagnostic(string Id, string Severity, string File, int Line, string Message, string? HelpLink, string? Project);

/// <summary>One consumer project's outcome within a build.</summary>
public sealed record ConsumerBuild(string Name, string ProjectPath, bool Succeeded, IReadOnlyList<PrintedDiagnostic> Diagnostics, string? Sarif, DotNetResult Build)
{
    public IReadOnlyCollection<string> Ids => Diagnostics.Select(d => d.Id).ToHashSet();

    public override string ToString() => Name + ": " + (Succeeded ? "succeeded" : "failed") + "\n" + Build;
}
