using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using AiRegAnalyzers.Cli;
using AiRegAnalyzers.Cli.Baseline;
using AiRegAnalyzers.Cli.Inventory;
using AiRegAnalyzers.Cli.Reports;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;
using Spectre.Console;

return Cli.Run(args);

namespace AiRegAnalyzers.Cli
{
    /// <summary>The <c>aireg</c> commands (docs/cli.md). Exit codes: 0 done, 1 findings at the <c>--fail-on</c> level, 2 usage or input error.</summary>
    internal static class Cli
    {
        public const int Success = 0;
        public const int FindingsFailed = 1;
        public const int UsageError = 2;

        private static readonly HashSet<string> ScanValues = ["--sarif", "--html", "--markdown", "--inventory", "--inventory-markdown", "--lang", "--fail-on", "--configuration", "-c"];
        private static readonly HashSet<string> InventoryValues = ["--json", "--markdown", "--html", "--lang", "--configuration", "-c"];
        private static readonly HashSet<string> BaselineValues = ["--output", "--configuration", "-c"];
        private static readonly HashSet<string> ScanFlags = ["--no-build"];
        private static readonly HashSet<string> BaselineFlags = ["--no-build", "--prune"];

        private static readonly Dictionary<string, IReadOnlySet<string>> Values = new()
        {
            ["scan"] = ScanValues,
            ["inventory"] = InventoryValues,
            ["baseline"] = BaselineValues,
        };

        private static readonly Dictionary<string, IReadOnlySet<string>> Flags = new()
        {
            ["scan"] = ScanFlags,
            ["inventory"] = ScanFlags,
            ["baseline"] = BaselineFlags,
        };

        public static int Run(string[] args)
        {
            if (Console.IsOutputRedirected)
            {
                // Plain text for logs and pipes: no colours, no cursor movement.
                AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Ansi = AnsiSupport.No,
                    ColorSystem = ColorSystemSupport.NoColors,
                    Interactive = InteractionSupport.No,
                });
                AnsiConsole.Profile.Width = 160;
            }

            try
            {
                var line = CommandLine.Parse(args, Values, Flags);
                return line.Command switch
                {
                    "help" => Help(),
                    "version" => Version(),
                    "scan" => ScanCommand(line),
                    "inventory" => InventoryCommand(line),
                    "baseline" => BaselineCommand(line),
                    _ => Help(),
                };
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine("aireg: " + e.Message);
                return UsageError;
            }
        }

        private static int ScanCommand(CommandLine line)
        {
            var failOn = line.Value("--fail-on") ?? "none";
            if (failOn is not ("none" or "warning" or "error"))
            {
                throw new UsageException("--fail-on takes none, warning or error.");
            }

            var options = Options(line);
            var (result, rules) = Scan(options);
            var text = new ReportText(options.Culture);
            var inventory = PersonalDataInventory.Build(result, rules);

            Write(line.Value("--sarif"), path => SarifReport.Write(path, result, rules));
            Write(line.Value("--html"), path => HtmlReport.Write(path, result, rules, inventory, text));
            Write(line.Value("--markdown"), path => MarkdownReport.Write(path, result, rules, text));
            Write(line.Value("--inventory"), path => InventoryReport.WriteJson(path, inventory));
            Write(line.Value("--inventory-markdown"), path => InventoryReport.WriteMarkdown(path, inventory, text));

            ConsoleReport.Summary(result, rules, text);
            var failing = failOn switch
            {
                "warning" => result.Active.Count(f => f.Level is "warning" or "error"),
                "error" => result.Active.Count(f => f.Level == "error"),
                _ => 0,
            };
            if (failing > 0)
            {
                Console.Error.WriteLine($"aireg: {failing} finding(s) at --fail-on {failOn} or above.");
                return FindingsFailed;
            }

            return Success;
        }

        private static int InventoryCommand(CommandLine line)
        {
            var options = Options(line);
            var (result, rules) = Scan(options);
            var text = new ReportText(options.Culture);
            var inventory = PersonalDataInventory.Build(result, rules);
            var json = line.Value("--json");
            var markdown = line.Value("--markdown");
            if (json is null && markdown is null && line.Value("--html") is null)
            {
                json = Path.Combine(options.Root, "aireg.inventory.json");
            }

            Write(json, path => InventoryReport.WriteJson(path, inventory));
            Write(markdown, path => InventoryReport.WriteMarkdown(path, inventory, text));
            Write(line.Value("--html"), path => HtmlReport.Write(path, result, rules, inventory, text));
            ConsoleReport.Inventory(inventory, text);
            return Success;
        }

        private static int BaselineCommand(CommandLine line)
        {
            var options = Options(line);
            var path = line.Value("--output") is { } output ? Path.GetFullPath(output) : Path.Combine(options.Root, AiRegAnalyzers.Baseline.BaselineFile.FileName);
            var (result, _) = Scan(options);
            var current = BaselineWriter.Entries(result);
            List<BaselineWriter.Entry> entries;
            if (line.Flag("--prune"))
            {
                var existing = BaselineWriter.Read(path);
                if (existing.Error is { } error)
                {
                    throw new UsageException("--prune needs a readable baseline; " + path + ": " + error);
                }

                entries = BaselineWriter.Prune(existing, current);
                var before = existing.Counts.Values.Sum();
                Console.WriteLine($"aireg: {before - entries.Sum(e => e.Count)} baseline entr(ies) no longer match and were removed; {entries.Sum(e => e.Count)} kept.");
            }
            else
            {
                entries = current;
                Console.WriteLine($"aireg: {entries.Sum(e => e.Count)} finding(s) in the baseline.");
            }

            BaselineWriter.Write(path, entries);
            Console.WriteLine("aireg: wrote " + path);
            return Success;
        }

        private static (ScanResult Result, RuleCatalog Rules) Scan(ScanOptions options)
        {
            var clock = Stopwatch.StartNew();
            ScanResult result;
            if (options.NoBuild)
            {
                result = options.Interactive
                    ? AnsiConsole.Status().Start("Compiling C# files without a build…", _ => SourceScanner.Scan(options))
                    : SourceScanner.Scan(options);
            }
            else if (options.Interactive)
            {
                var gate = new object();
                var built = 0;
                result = AnsiConsole.Status().Start("Building with the AiRegAnalyzers rules…", context =>
                    BuildScanner.Scan(options, project =>
                    {
                        lock (gate)
                        {
                            built++;
                            AnsiConsole.MarkupLine("  [green]✓[/] " + Markup.Escape(project));
                            context.Status($"Building… {built} project(s) done");
                        }
                    }));
            }
            else
            {
                result = BuildScanner.Scan(options, _ => { });
            }

            result.Elapsed = clock.Elapsed;
            foreach (var error in result.BuildErrors)
            {
                Console.Error.WriteLine(error);
            }

            if (result.BuildFailed && result.Projects.Count == 0)
            {
                throw new UsageException("the build failed before any project compiled; fix the build or try --no-build.");
            }

            if (result.BuildFailed)
            {
                Console.Error.WriteLine(result.BuildErrors.Count == 0
                    ? "aireg: the build failed on findings set to error severity; projects that depend on a failed one were not compiled."
                    : "aireg: the build failed; the results cover the projects that compiled.");
            }

            return (result, RuleCatalog.Load(options.Culture));
        }

        private static ScanOptions Options(CommandLine line)
        {
            var target = Path.GetFullPath(line.Path ?? Directory.GetCurrentDirectory());
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException("'" + target + "' does not exist.");
            }

            if (File.Exists(target) && Path.GetExtension(target) is not (".sln" or ".slnx" or ".csproj"))
            {
                throw new UsageException("scan a .sln, .slnx or .csproj file or a folder; got '" + target + "'.");
            }

            return new ScanOptions
            {
                Target = target,
                Root = FindRoot(target),
                NoBuild = line.Flag("--no-build"),
                Configuration = line.Value("--configuration") ?? line.Value("-c"),
                BuildArguments = line.BuildArguments,
                Culture = Culture(line.Value("--lang")),
                Interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive,
            };
        }

        /// <summary>The repository root: the nearest folder at or above the target with a <c>.git</c>, else the target's folder.</summary>
        internal static string FindRoot(string target)
        {
            var start = Directory.Exists(target) ? target : Path.GetDirectoryName(target)!;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                {
                    return dir.FullName;
                }
            }

            return start.TrimEnd(Path.DirectorySeparatorChar);
        }

        private static CultureInfo Culture(string? lang) => lang switch
        {
            null => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("zh-Hans") : CultureInfo.GetCultureInfo("en"),
            "en" => CultureInfo.GetCultureInfo("en"),
            "zh-Hans" or "zh" or "zh-CN" => CultureInfo.GetCultureInfo("zh-Hans"),
            _ => throw new UsageException("--lang takes en or zh-Hans."),
        };

        private static void Write(string? path, Action<string> write)
        {
            if (path is null)
            {
                return;
            }

            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            write(full);
            Console.WriteLine("aireg: wrote " + full);
        }

        private static int Version()
        {
            Console.WriteLine(typeof(Cli).Assembly.GetName().Version?.ToString(3));
            return Success;
        }

        private static int Help()
        {
            Console.WriteLine("""
                aireg: scan a .NET repository with the AiRegAnalyzers rules (docs/cli.md).

                Usage:
                  aireg scan [PATH] [options] [-- dotnet-build-arguments]
                  aireg inventory [PATH] [--json FILE] [--markdown FILE] [--html FILE] [--no-build] [--lang en|zh-Hans]
                  aireg baseline [PATH] [--prune] [--output FILE] [--no-build]

                PATH is a .sln, .slnx, .csproj or folder (default: the current folder).

                scan options:
                  --sarif FILE               SARIF 2.1 for all projects (GitHub code scanning)
                  --html FILE                self-contained HTML report
                  --markdown FILE            short Markdown summary (pull-request comment)
                  --inventory FILE           personal-information inventory, JSON
                  --inventory-markdown FILE  personal-information inventory, Markdown
                  --lang en|zh-Hans          report and message language (default: the UI language)
                  --fail-on none|warning|error  exit code 1 when a finding at that level remains (default: none)
                  --no-build                 compile the C# files against .NET without a restore
                  -c, --configuration NAME   build configuration

                baseline options:
                  --prune                    only drop entries that no longer match; add nothing
                  --output FILE              write elsewhere than aireg.baseline.json at the repository root
                """);
            return Success;
        }
    }
}
