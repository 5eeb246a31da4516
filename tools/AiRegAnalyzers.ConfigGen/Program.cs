using System;
using System.IO;

namespace AiRegAnalyzers.ConfigGen;

internal static class Program
{
    /// <summary>
    /// Writes the four mode files. Argument: output folder (default: src/AiRegAnalyzers.Package/build/config
    /// of the repository this tool is run from).
    /// </summary>
    private static int Main(string[] args)
    {
        var output = args.Length > 0 ? args[0] : Path.Combine(FindRepoRoot(), "src", "AiRegAnalyzers.Package", "build", "config");
        Directory.CreateDirectory(output);
        var descriptors = GlobalConfigGenerator.LoadDescriptors(GlobalConfigGenerator.AnalyzerAssembly);
        foreach (var mode in GlobalConfigGenerator.Modes)
        {
            var path = Path.Combine(output, GlobalConfigGenerator.FileName(mode));
            File.WriteAllText(path, GlobalConfigGenerator.Generate(descriptors, mode));
            Console.WriteLine(path);
        }

        return 0;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRegAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (AiRegAnalyzers.sln not found above the current folder).");
    }
}
