using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiRegAnalyzers.Tests.Secrets;

/// <summary>A constant read from metadata: where it is declared, its name and its value.</summary>
internal sealed record FrameworkConstant(string Assembly, string Type, string Name, string Value);

/// <summary>
/// Real strings that are not secrets, read through metadata at test time: every <c>const string</c>
/// (any accessibility) and every type and member name of the .NET reference assemblies, the watched
/// packages (their implementation assemblies) and the running shared frameworks (Microsoft.NETCore.App,
/// Microsoft.AspNetCore.App; trimmed, so they add fewer internal constants than one might expect).
/// </summary>
internal static class FrameworkMetadata
{
    private static readonly Lazy<(ImmutableArray<FrameworkConstant> Constants, ImmutableArray<string> Names)> Read = new(ReadAll);

    /// <summary>Distinct (name, value) constants.</summary>
    public static ImmutableArray<FrameworkConstant> Constants => Read.Value.Constants;

    /// <summary>Distinct type and member names that are valid C# identifiers (no compiler-generated names).</summary>
    public static ImmutableArray<string> Names => Read.Value.Names;

    private static (ImmutableArray<FrameworkConstant>, ImmutableArray<string>) ReadAll()
    {
        var seen = new HashSet<(string, string)>();
        var constants = ImmutableArray.CreateBuilder<FrameworkConstant>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var assemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in TestReferences.All.Concat(SharedFrameworkAssemblies()).OfType<PortableExecutableReference>())
        {
            if (reference.GetMetadata() is not AssemblyMetadata metadata)
            {
                continue;
            }

            foreach (var module in metadata.GetModules())
            {
                var reader = module.GetMetadataReader();
                var assembly = reader.IsAssembly ? reader.GetString(reader.GetAssemblyDefinition().Name) : module.Name;
                if (assemblies.Add(assembly + "|" + reader.GetGuid(reader.GetModuleDefinition().Mvid)))
                {
                    Collect(reader, assembly, seen, constants, names);
                }
            }
        }

        return (constants.ToImmutable(), [.. names.OrderBy(n => n, StringComparer.Ordinal)]);
    }

    private static ImmutableArray<MetadataReference> SharedFrameworkAssemblies()
    {
        var directories = new[] { typeof(object), typeof(Microsoft.AspNetCore.Http.HttpContext) }
            .Select(t => Path.GetDirectoryName(t.Assembly.Location)!)
            .Distinct();
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var file in directories.SelectMany(d => Directory.EnumerateFiles(d, "*.dll")))
        {
            try
            {
                using var stream = File.OpenRead(file);
                using var pe = new PEReader(stream);
                if (pe.HasMetadata)
                {
                    references.Add(MetadataReference.CreateFromFile(file));
                }
            }
            catch (BadImageFormatException)
            {
                // A native library beside the managed ones.
            }
        }

        return references.ToImmutable();
    }

    /// <summary>Every type, field, method, property and event name; every string-valued literal field (a C# <c>const string</c>).</summary>
    private static void Collect(
        MetadataReader reader,
        string assembly,
        HashSet<(string, string)> seen,
        ImmutableArray<FrameworkConstant>.Builder constants,
        HashSet<string> names)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var typeName = reader.GetString(type.Name);
            AddName(names, typeName);
            foreach (var fieldHandle in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                var name = reader.GetString(field.Name);
                AddName(names, name);
                if ((field.Attributes & FieldAttributes.Literal) == 0 || field.GetDefaultValue() is not { IsNil: false } constantHandle)
                {
                    continue;
                }

                var constant = reader.GetConstant(constantHandle);
                if (constant.TypeCode != ConstantTypeCode.String || !SyntaxFacts.IsValidIdentifier(name))
                {
                    continue;
                }

                var blob = reader.GetBlobReader(constant.Value);
                var value = blob.Length == 0 ? string.Empty : blob.ReadUTF16(blob.Length);
                if (seen.Add((name, value)))
                {
                    var ns = reader.GetString(type.Namespace);
                    constants.Add(new FrameworkConstant(assembly, ns.Length == 0 ? typeName : ns + "." + typeName, name, value));
                }
            }

            foreach (var method in type.GetMethods())
            {
                AddName(names, reader.GetString(reader.GetMethodDefinition(method).Name));
            }

            foreach (var property in type.GetProperties())
            {
                AddName(names, reader.GetString(reader.GetPropertyDefinition(property).Name));
            }

            foreach (var @event in type.GetEvents())
            {
                AddName(names, reader.GetString(reader.GetEventDefinition(@event).Name));
            }
        }
    }

    private static void AddName(HashSet<string> names, string name)
    {
        if (SyntaxFacts.IsValidIdentifier(name))
        {
            names.Add(name);
        }
    }
}
