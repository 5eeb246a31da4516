using System;
using System.Collections.Generic;
using System.Linq;

namespace AiRegAnalyzers.Cli;

/// <summary>
/// The parsed command line: a command, one optional path, options with values, flags, and
/// everything after <c>--</c> (passed to <c>dotnet build</c>). Unknown options are errors.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public string? Path { get; private set; }

    public IReadOnlyList<string> BuildArguments { get; private set; } = [];

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, IReadOnlySet<string>> valueOptions, IReadOnlyDictionary<string, IReadOnlySet<string>> flagOptions)
    {
        if (args.Count == 0)
        {
            return new CommandLine("help");
        }

        var command = args[0] switch
        {
            "-h" or "--help" or "-?" => "help",
            "--version" => "version",
            var c => c,
        };
        var result = new CommandLine(command);
        if (command is "help" or "version")
        {
            return result;
        }

        if (!valueOptions.TryGetValue(command, out var values) || !flagOptions.TryGetValue(command, out var flags))
        {
            throw new Scanning.UsageException("Unknown command '" + command + "'. Commands: scan, inventory, baseline (aireg --help).");
        }

        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result.BuildArguments = args.Skip(i + 1).ToList();
                break;
            }

            if (arg is "-h" or "--help")
            {
                return new CommandLine("help");
            }

            var name = arg;
            string? inline = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg[..equals];
                inline = arg[(equals + 1)..];
            }

            if (values.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new Scanning.UsageException(name + " needs a value."));
                result._values[name] = value;
            }
            else if (flags.Contains(name))
            {
                result._flags.Add(name);
            }
            else if (arg.StartsWith('-'))
            {
                throw new Scanning.UsageException("Unknown option '" + arg + "' for '" + command + "' (aireg --help).");
            }
            else if (result.Path is null)
            {
                result.Path = arg;
            }
            else
            {
                throw new Scanning.UsageException("Only one path can be scanned; got '" + result.Path + "' and '" + arg + "'.");
            }
        }

        return result;
    }

    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public bool Flag(string name) => _flags.Contains(name);
}
