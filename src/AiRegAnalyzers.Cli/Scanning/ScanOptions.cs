using System.Collections.Generic;
using System.Globalization;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>What to scan and how; shared by <c>scan</c>, <c>inventory</c> and <c>baseline</c>.</summary>
internal sealed class ScanOptions
{
    /// <summary>A <c>.sln</c>, <c>.slnx</c>, <c>.csproj</c> or folder, full path.</summary>
    public required string Target { get; init; }

    /// <summary>The repository root: paths in every output and in the baseline are relative to it.</summary>
    public required string Root { get; init; }

    public bool NoBuild { get; init; }

    public string? Configuration { get; init; }

    /// <summary>Extra arguments for <c>dotnet build</c> (after <c>--</c>).</summary>
    public IReadOnlyList<string> BuildArguments { get; init; } = [];

    /// <summary>The report language; the build's compiler messages follow it.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Print per-project progress (off when output is redirected).</summary>
    public bool Interactive { get; init; }
}
