using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>
/// The build path: the user's own <c>dotnet build</c>, with the tool's targets imported into every
/// project through MSBuild's <c>CustomAfterMicrosoftCommonTargets</c> hook (the user's files are
/// not edited). The hook adds the analyzers and points each compilation's <c>ErrorLog</c> at a
/// temporary folder; the SARIF files there are the results.
/// </summary>
internal static partial class BuildScanner
{
    /// <summary>The global config the hook adds: the inventory (AIREG901) on, as a suggestion so that it reaches the SARIF.</summary>
    public const string ToolConfig = "is_global = true\nglobal_level = 100\ndotnet_diagnostic.AIREG901.severity = suggestion\n";

    public static ScanResult Scan(ScanOptions options, Action<string> projectBuilt)
    {
        var work = Directory.CreateTempSubdirectory("aireg-");
        try
        {
            var sarifDirectory = Path.Combine(work.FullName, "sarif") + Path.DirectorySeparatorChar;
            Directory.CreateDirectory(sarifDirectory);
            var config = Path.Combine(work.FullName, "aireg.tool.globalconfig");
            File.WriteAllText(config, ToolConfig);
            var stamp = Path.Combine(work.FullName, "aireg.stamp");
            File.WriteAllText(stamp, DateTime.UtcNow.ToString("O"));

            var target = BuildTarget(options.Target, work.FullName);
            var arguments = new List<string>
            {
                "build", target, "-nologo", "-tl:off", "-v:minimal", "-clp:NoSummary",
                Property("CustomAfterMicrosoftCommonTargets", Path.Combine(AppContext.BaseDirectory, "build", "aireg.targets")),
                Property("AiRegToolDirectory", AppContext.BaseDirectory),
                Property("AiRegSarifDirectory", sarifDirectory),
                Property("AiRegToolConfig", config),
                Property("AiRegStamp", stamp),
                Property("AiRegRuleIds", string.Join(";", Rules.RuleCatalog.Load(options.Culture).All.Select(r => r.Id))),
                "-p:RunAnalyzers=true",
                "-p:RunAnalyzersDuringBuild=true",
            };
            if (options.Configuration is { } configuration)
            {
                arguments.Add("-c");
                arguments.Add(configuration);
            }

            if (!string.IsNullOrEmpty(options.Culture.Name))
            {
                arguments.Add(Property("PreferredUILang", options.Culture.Name));
            }

            arguments.AddRange(options.BuildArguments);

            var errors = new ConcurrentQueue<string>();
            var exitCode = Run(arguments, options.Root, line =>
            {
                var built = BuiltLine().Match(line);
                if (built.Success)
                {
                    projectBuilt(built.Groups[1].Value);
                }
                else if (ErrorLine().IsMatch(line) && !line.Contains(": error AIREG", StringComparison.Ordinal))
                {
                    errors.Enqueue(line.Trim());
                }
            });

            var rules = Rules.RuleCatalog.Load(options.Culture);
            var findings = new List<Finding>();
            var seen = new HashSet<(string, string, int, int, string)>();
            var projects = new List<ProjectResult>();
            foreach (var sarif in Directory.EnumerateFiles(sarifDirectory, "*.sarif").OrderBy(f => f, StringComparer.Ordinal))
            {
                var projectFile = Path.ChangeExtension(sarif, ".project");
                var projectPath = File.Exists(projectFile) ? File.ReadAllText(projectFile).Trim() : sarif;
                var name = Path.GetFileNameWithoutExtension(projectPath);
                if (!projects.Any(p => p.Name == name))
                {
                    projects.Add(new ProjectResult(name, SarifLogReader.RelativePath(options.Root, projectPath), Compiled: true));
                }

                foreach (var finding in SarifLogReader.Read(sarif, options.Root, name, id => rules[id] is not null))
                {
                    // A project built for several target frameworks reports each finding once per framework.
                    if (seen.Add((finding.RuleId, finding.Path, finding.StartLine, finding.StartColumn, finding.Message)))
                    {
                        findings.Add(finding);
                    }
                }
            }

            return new ScanResult(options.Root, findings, projects.OrderBy(p => p.Name, StringComparer.Ordinal).ToList())
            {
                BuildFailed = exitCode != 0,
                BuildErrors = errors.Distinct().Take(50).ToList(),
            };
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A compiler server may still hold a file; the temporary folder is left behind.
            }
        }
    }

    /// <summary>What to hand to <c>dotnet build</c>: the file itself, the folder's one solution or project, or a generated solution of every project under the folder.</summary>
    internal static string BuildTarget(string target, string workDirectory)
    {
        if (File.Exists(target))
        {
            return target;
        }

        var top = Directory.EnumerateFiles(target, "*.sln").Concat(Directory.EnumerateFiles(target, "*.slnx")).ToList();
        if (top.Count == 1)
        {
            return top[0];
        }

        if (top.Count > 1)
        {
            throw new UsageException("The folder holds several solutions (" + string.Join(", ", top.Select(Path.GetFileName)) + "); name one.");
        }

        var projects = SourceFiles.Enumerate(target, "*.csproj").ToList();
        if (projects.Count == 1)
        {
            return projects[0];
        }

        if (projects.Count == 0)
        {
            throw new UsageException("No .sln, .slnx or .csproj under " + target + ". Use --no-build to compile the C# files directly.");
        }

        var solution = Path.Combine(workDirectory, "aireg.slnx");
        File.WriteAllLines(solution, projects.Select(p => "  <Project Path=\"" + System.Security.SecurityElement.Escape(Path.GetRelativePath(workDirectory, p).Replace('\\', '/')) + "\" />").Prepend("<Solution>").Append("</Solution>"));
        return solution;
    }

    private static string Property(string name, string value) =>
        "-p:" + name + "=" + value.Replace("%", "%25", StringComparison.Ordinal).Replace(";", "%3B", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static int Run(IReadOnlyList<string> arguments, string workingDirectory, Action<string> onLine)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }

    [GeneratedRegex(@"^\s*([^\s]+) -> ")]
    private static partial Regex BuiltLine();

    [GeneratedRegex(@": error [A-Z]+[0-9]*")]
    private static partial Regex ErrorLine();
}

/// <summary>A mistake in the command line or the input; shown without a stack trace, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
