using System.Collections.Concurrent;

namespace AiRegAnalyzers.Sinks;

/// <summary>
/// The catalogue of AI SDK APIs (AIREG201, AIREG203): the calls and constructors that send text to
/// a model (OpenAI .NET, Azure.AI.OpenAI through the OpenAI types, Microsoft.Extensions.AI,
/// Semantic Kernel), which of their arguments carry prompt text, and the SDK types whose values
/// hold prompts or model output. Types are resolved once per compilation; absent ones are skipped.
/// </summary>
internal sealed class AiSinks
{
    /// <summary>The member name used in the table for instance constructors.</summary>
    private const string Constructor = ".ctor";

    /// <summary>Names of the parameters that carry the text of a prompt, message or embedding input.</summary>
    private static readonly HashSet<string> PromptParameterNames =
        ["content", "text", "prompt", "promptTemplate", "chatMessage", "message", "systemMessage", "input", "inputs", "value", "values", "data", "description"];

    /// <summary>Names of the parameters that carry a whole object to the model or a memory (a tool's result, a vector store record): serialized.</summary>
    private static readonly HashSet<string> ObjectParameterNames = ["result", "record", "records"];

    /// <summary>Members of the SDK message/response types that return the text (or the parts holding it).</summary>
    private static readonly HashSet<string> TextMembers =
    [
        "Text", "Content", "Contents", "ContentUpdate", "Messages", "Message", "Items", "Refusal", "RefusalUpdate", "Value",
        "RenderedPrompt", "Result", "Arguments", "ToString", "GetValue",

        // Semantic Kernel and Microsoft.Extensions.AI filter and function-invocation contexts.
        "ChatHistory", "ChatMessageContent", "CallContent",
    ];

    /// <summary>The memory and vector-store APIs among the sinks, by the name findings give them: what they store stays retained and searchable.</summary>
    private static readonly HashSet<string> MemoryApis =
        ["VectorStoreCollection.UpsertAsync", "ISemanticTextMemory.SaveInformationAsync", "ISemanticTextMemory.SaveReferenceAsync"];

    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _sinks = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _sinkNames = [];
    private HashSet<string>? _siteNames;
    private readonly List<INamedTypeSymbol> _sinkInterfaces = [];
    private readonly List<INamedTypeSymbol> _contentTypes = [];
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _isSink = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> _isContentType = new(SymbolEqualityComparer.Default);
    private readonly INamedTypeSymbol? _kernelArguments;
    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _memorySinks = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _toolFactories = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, string?> _memoryApi = new(SymbolEqualityComparer.Default);
    private readonly List<IAssemblySymbol> _sdkAssemblies = [];

    private AiSinks(Compilation compilation)
    {
        // A compilation's lookup searches every referenced assembly: look in the SDKs' own assemblies
        // only, and skip the SDKs the project does not reference.
        bool openAi = false, extensionsAi = false, semanticKernel = false, vectorData = false;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            var name = assembly.Identity.Name;
            var sdk = true;
            if (name is "OpenAI")
            {
                openAi = true;
            }
            else if (name is "Microsoft.Extensions.AI.Abstractions")
            {
                extensionsAi = true;
            }
            else if (name is "Microsoft.Extensions.VectorData.Abstractions")
            {
                vectorData = true;
            }
            else if (name.StartsWith("Microsoft.SemanticKernel", StringComparison.Ordinal))
            {
                semanticKernel = true;
            }
            else
            {
                sdk = name.StartsWith("Microsoft.Extensions.AI", StringComparison.Ordinal);
            }

            if (sdk)
            {
                _sdkAssemblies.Add(assembly);
            }
        }

        // OpenAI .NET (Azure.AI.OpenAI's clients derive from these types).
        Add(openAi, "OpenAI.Chat.ChatClient", "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync");
        Add(openAi, "OpenAI.Chat.UserChatMessage", Constructor);
        Add(openAi, "OpenAI.Chat.SystemChatMessage", Constructor);
        Add(openAi, "OpenAI.Chat.DeveloperChatMessage", Constructor);
        Add(openAi, "OpenAI.Chat.AssistantChatMessage", Constructor);
        Add(openAi, "OpenAI.Chat.ToolChatMessage", Constructor);
        Add(openAi, "OpenAI.Chat.FunctionChatMessage", Constructor);
        Add(openAi, "OpenAI.Chat.ChatMessage", "CreateUserMessage", "CreateSystemMessage", "CreateDeveloperMessage", "CreateAssistantMessage", "CreateToolMessage", "CreateFunctionMessage");
        Add(openAi, "OpenAI.Chat.ChatMessageContentPart", "CreateTextPart");
        Add(openAi, "OpenAI.Embeddings.EmbeddingClient", "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync");

        // Microsoft.Extensions.AI.
        Add(extensionsAi, "Microsoft.Extensions.AI.IChatClient", "GetResponseAsync", "GetStreamingResponseAsync");
        Add(extensionsAi, "Microsoft.Extensions.AI.ChatClientExtensions", "GetResponseAsync", "GetStreamingResponseAsync");
        Add(extensionsAi, "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", "GetResponseAsync");
        Add(extensionsAi, "Microsoft.Extensions.AI.ChatMessage", Constructor);
        Add(extensionsAi, "Microsoft.Extensions.AI.TextContent", Constructor);
        Add(extensionsAi, "Microsoft.Extensions.AI.IEmbeddingGenerator`2", "GenerateAsync");
        Add(extensionsAi, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", "GenerateAsync", "GenerateVectorAsync", "GenerateAndZipAsync");

        // Semantic Kernel.
        Add(semanticKernel, "Microsoft.SemanticKernel.KernelExtensions", "InvokePromptAsync", "InvokePromptStreamingAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.ChatCompletion.ChatHistory", Constructor, "AddUserMessage", "AddSystemMessage", "AddAssistantMessage", "AddDeveloperMessage", "AddMessage");
        Add(semanticKernel, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", "GetChatMessageContentAsync", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.ChatCompletion.ChatClientExtensions", "GetResponseAsync", "GetStreamingResponseAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.TextGeneration.ITextGenerationService", "GetTextContentsAsync", "GetStreamingTextContentsAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.TextGeneration.TextGenerationExtensions", "GetTextContentAsync", "GetTextContentsWithDefaultParserAsync", "GetStreamingTextContentsWithDefaultParserAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.ChatMessageContent", Constructor);
        Add(semanticKernel, "Microsoft.SemanticKernel.TextContent", Constructor);
        Add(semanticKernel, "Microsoft.SemanticKernel.Embeddings.EmbeddingGenerationExtensions", "GenerateEmbeddingAsync");
        Add(semanticKernel, "Microsoft.SemanticKernel.Embeddings.IEmbeddingGenerationService`2", "GenerateEmbeddingsAsync");
        _kernelArguments = !semanticKernel ? null : Resolve("Microsoft.SemanticKernel.KernelArguments");

        // Tool results: what a function the model calls returns is sent back to the model.
        Add(extensionsAi, "Microsoft.Extensions.AI.FunctionResultContent", Constructor);
        Add(semanticKernel, "Microsoft.SemanticKernel.FunctionResultContent", Constructor);
        KernelFunctionAttribute = !semanticKernel ? null : Resolve("Microsoft.SemanticKernel.KernelFunctionAttribute");
        AddTo(_toolFactories, extensionsAi, "Microsoft.Extensions.AI.AIFunctionFactory", "Create");
        AddTo(_toolFactories, semanticKernel, "Microsoft.SemanticKernel.KernelFunctionFactory", "CreateFromMethod");
        AddTo(_toolFactories, semanticKernel, "Microsoft.SemanticKernel.KernelExtensions", "CreateFunctionFromMethod");

        // Memory and retrieval: stored text and records are embedded, retained and searchable.
        AddMemory(vectorData, "Microsoft.Extensions.VectorData.VectorStoreCollection`2", "UpsertAsync");
        AddMemory(semanticKernel, "Microsoft.SemanticKernel.Memory.ISemanticTextMemory", "SaveInformationAsync", "SaveReferenceAsync");

        // Calls through an implementation (a concrete IChatClient, a delegating client) bind to the class, not the interface.
        AddInterface(extensionsAi, "Microsoft.Extensions.AI.IChatClient");
        AddInterface(extensionsAi, "Microsoft.Extensions.AI.IEmbeddingGenerator`2");
        AddInterface(semanticKernel, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService");
        AddInterface(semanticKernel, "Microsoft.SemanticKernel.TextGeneration.ITextGenerationService");
        AddInterface(semanticKernel, "Microsoft.SemanticKernel.Embeddings.IEmbeddingGenerationService`2");

        // Values that hold prompts or model output (AIREG203). Subclasses count too.
        AddContent(extensionsAi, "Microsoft.Extensions.AI.ChatMessage");
        AddContent(extensionsAi, "Microsoft.Extensions.AI.ChatResponse");
        AddContent(extensionsAi, "Microsoft.Extensions.AI.ChatResponseUpdate");
        AddContent(extensionsAi, "Microsoft.Extensions.AI.AIContent");
        AddContent(openAi, "OpenAI.Chat.ChatCompletion");
        AddContent(openAi, "OpenAI.Chat.StreamingChatCompletionUpdate");
        AddContent(openAi, "OpenAI.Chat.ChatMessage");
        AddContent(openAi, "OpenAI.Chat.ChatMessageContent");
        AddContent(openAi, "OpenAI.Chat.ChatMessageContentPart");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.KernelContent");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.StreamingKernelContent");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.FunctionResult");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.ChatCompletion.ChatHistory");

        // Filters see the rendered prompt, the arguments the model generated and the function results.
        AddContent(semanticKernel, "Microsoft.SemanticKernel.PromptRenderContext");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.FunctionInvocationContext");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.AutoFunctionInvocationContext");
        AddContent(semanticKernel, "Microsoft.SemanticKernel.KernelArguments");
        AddContent(extensionsAi, "Microsoft.Extensions.AI.FunctionInvocationContext");
    }

    /// <summary>Semantic Kernel's <c>[KernelFunction]</c>: the method's results go to the model when it calls the function.</summary>
    public INamedTypeSymbol? KernelFunctionAttribute { get; }

    /// <summary>Whether findings through <paramref name="api"/> (a sink's name in messages) land in an AI memory or vector store.</summary>
    public static bool IsMemoryApi(string? api) => api is not null && MemoryApis.Contains(api);

    /// <summary>The catalogued name of the memory or vector-store API <paramref name="method"/> is or overrides, or <see langword="null"/>.</summary>
    public string? MemoryApi(IMethodSymbol method)
    {
        if (_memorySinks.Count == 0)
        {
            return null;
        }

        method = (method.ReducedFrom ?? method).OriginalDefinition;
        return _memoryApi.TryGetValue(method, out var cached) ? cached : _memoryApi.GetOrAdd(method, FindIn(_memorySinks, method));
    }

    /// <summary>Whether <paramref name="method"/> turns a delegate into a tool the model can call (<c>AIFunctionFactory.Create</c>, <c>KernelFunctionFactory.CreateFromMethod</c>).</summary>
    public bool IsToolFactory(IMethodSymbol method) =>
        _toolFactories.Count > 0 && FindIn(_toolFactories, (method.ReducedFrom ?? method).OriginalDefinition) is not null;

    /// <summary>Whether a tool factory (<c>AIFunctionFactory</c>, <c>KernelFunctionFactory</c>, ...) is referenced.</summary>
    public bool HasToolFactories => _toolFactories.Count > 0;

    /// <summary>Whether no AI SDK is referenced: the AI rules then register nothing.</summary>
    public bool IsEmpty => _sinks.Count == 0 && _contentTypes.Count == 0;

    /// <summary>Whether any message/response type is known (AIREG203).</summary>
    public bool HasContentTypes => _contentTypes.Count > 0;

    /// <summary>The catalogue of <paramref name="compilation"/>, shared by every rule that uses it.</summary>
    public static AiSinks Get(Compilation compilation) => PerCompilation<AiSinks>.Get(compilation, c => new AiSinks(c));

    /// <summary>The names sink sites bear in source: the sink methods, and the types whose constructors are sinks (<see cref="Flow.SinkCatalogue.SiteNames"/>).</summary>
    public IEnumerable<string> SiteNames => _siteNames ??= BuildSiteNames();

    /// <summary>A cheap first test on the invoked method's name (constructors: always true).</summary>
    public bool MayBeSink(IMethodSymbol method) => method.MethodKind == MethodKind.Constructor || _sinkNames.Contains(method.Name);

    /// <summary>Whether calling <paramref name="method"/> (or constructing its type) sends its text arguments to a model.</summary>
    public bool IsSink(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        if (_isSink.TryGetValue(method, out var result))
        {
            return result;
        }

        result = IsSinkCore(method);
        _isSink.TryAdd(method, result);
        return result;
    }

    /// <summary>
    /// Adds to <paramref name="values"/> the argument values of a sink call that become prompt text:
    /// text parameters (strings and string sequences), strings converted implicitly to a message,
    /// and the values of a Semantic Kernel <c>KernelArguments</c> initializer.
    /// </summary>
    public void CollectPromptValues(ImmutableArray<IArgumentOperation> arguments, List<IOperation> values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var value = argument.Value;
            if (argument.ArgumentKind == ArgumentKind.ParamArray && value is IArrayCreationOperation { Initializer: { } initializer })
            {
                // CompleteChat("text", ...): each element converted from string to ChatMessage is a prompt.
                foreach (var element in initializer.ElementValues)
                {
                    AddConvertedString(element, values);
                }

                continue;
            }

            if (ObjectParameterNames.Contains(parameter.Name) && !IsText(parameter.Type) && parameter.Type.TypeKind != TypeKind.Delegate)
            {
                // new FunctionResultContent(callId, profile), collection.UpsertAsync(record): every member is sent and stored.
                if (parameter.Name == "records")
                {
                    AddElements(value, values);
                }
                else
                {
                    values.Add(value);
                }

                continue;
            }

            if (IsText(parameter.Type))
            {
                if (PromptParameterNames.Contains(parameter.Name))
                {
                    values.Add(value);
                }

                continue;
            }

            if (IsTextSequence(parameter.Type))
            {
                if (PromptParameterNames.Contains(parameter.Name))
                {
                    AddElements(value, values);
                }

                continue;
            }

            if (_kernelArguments is not null && SymbolEqualityComparer.Default.Equals(parameter.Type, _kernelArguments))
            {
                AddKernelArguments(value, values);
                continue;
            }

            AddConvertedString(value, values);
        }
    }

    /// <summary>Whether values of <paramref name="type"/> hold prompt text or model output (also collections and tasks of them).</summary>
    public bool IsContentType(ITypeSymbol? type)
    {
        if (type is null || _contentTypes.Count == 0 || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (_isContentType.TryGetValue(type, out var result))
        {
            return result;
        }

        result = IsContentTypeCore(type, depth: 0);
        _isContentType.TryAdd(type, result);
        return result;
    }

    /// <summary>Whether <paramref name="member"/> of a message/response type returns its text (<c>Text</c>, <c>Content</c>, <c>ToString()</c>, ...).</summary>
    public static bool IsTextMember(ISymbol member) => TextMembers.Contains(member.Name);

    private HashSet<string> BuildSiteNames()
    {
        var names = new HashSet<string>(_sinkNames, StringComparer.Ordinal);
        foreach (var pair in _sinks)
        {
            if (pair.Value.Contains(Constructor))
            {
                names.Add(pair.Key.Name);
            }
        }

        return names;
    }

    private bool IsSinkCore(IMethodSymbol method)
    {
        var name = method.MethodKind == MethodKind.Constructor ? Constructor : method.Name;
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (current.ContainingType is { } type && _sinks.TryGetValue(type.OriginalDefinition, out var names) && names.Contains(name))
            {
                return true;
            }
        }

        if (method.MethodKind == MethodKind.Constructor || method.IsStatic || method.ContainingType is not { } containing || _sinkInterfaces.Count == 0)
        {
            return false;
        }

        // A class implementing IChatClient & co.: the call reaches the model through its implementation.
        foreach (var @interface in containing.AllInterfaces)
        {
            var definition = @interface.OriginalDefinition;
            if (!_sinks.TryGetValue(definition, out var names) || !names.Contains(name))
            {
                continue;
            }

            foreach (var member in @interface.GetMembers(name))
            {
                if (SymbolEqualityComparer.Default.Equals(containing.FindImplementationForInterfaceMember(member), method.OriginalDefinition)
                    || SymbolEqualityComparer.Default.Equals(containing.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsContentTypeCore(ITypeSymbol type, int depth)
    {
        if (type is IArrayTypeSymbol array)
        {
            return depth < 2 && IsContentTypeCore(array.ElementType, depth + 1);
        }

        foreach (var contentType in _contentTypes)
        {
            if (type.InheritsFromOrEquals(contentType))
            {
                return true;
            }
        }

        // IList<ChatMessage>, Task<ChatResponse>, IAsyncEnumerable<ChatResponseUpdate>, ...
        if (depth < 2 && type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (var argument in generic.TypeArguments)
            {
                if (IsContentTypeCore(argument, depth + 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsText(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;

    private static bool IsTextSequence(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return IsText(array.ElementType);
        }

        return type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            && IsText(generic.TypeArguments[0])
            && generic.Name is "IEnumerable" or "IList" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection" or "List";
    }

    private static void AddElements(IOperation value, List<IOperation> values)
    {
        var unwrapped = Unwrap(value);
        if (unwrapped is IArrayCreationOperation { Initializer: { } initializer })
        {
            values.AddRange(initializer.ElementValues);
            return;
        }

        if (unwrapped is IObjectCreationOperation { Initializer: { } collection })
        {
            foreach (var initializer2 in collection.Initializers)
            {
                if (initializer2 is IInvocationOperation { Arguments.Length: 1 } add)
                {
                    values.Add(add.Arguments[0].Value);
                }
            }

            return;
        }

        values.Add(value);
    }

    private static void AddConvertedString(IOperation value, List<IOperation> values)
    {
        // OpenAI: ChatMessage and ChatMessageContentPart convert implicitly from string.
        if (value is IConversionOperation { OperatorMethod: not null, Operand: { Type.SpecialType: SpecialType.System_String } operand })
        {
            values.Add(operand);
        }
    }

    private static void AddKernelArguments(IOperation value, List<IOperation> values)
    {
        var unwrapped = Unwrap(value);
        if (unwrapped is IObjectCreationOperation creation)
        {
            AddInitializer(creation, values);
            return;
        }

        if (unwrapped is not ILocalReferenceOperation reference)
        {
            return;
        }

        // var arguments = new KernelArguments(); arguments["record"] = ...; arguments.Add("name", ...);
        IOperation top = reference;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        var local = reference.Local;
        foreach (var operation in top.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local)
                                                                 && declarator.Initializer?.Value is { } initial && Unwrap(initial) is IObjectCreationOperation created:
                    AddInitializer(created, values);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation target } } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    values.Add(assignment.Value);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2, Instance: ILocalReferenceOperation target } add
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    values.Add(add.Arguments[1].Value);
                    break;
            }
        }
    }

    /// <summary><c>new KernelArguments { ["record"] = patient.Diagnosis }</c>: every value is rendered into the prompt template.</summary>
    private static void AddInitializer(IObjectCreationOperation creation, List<IOperation> values)
    {
        if (creation.Initializer is not { } initializer)
        {
            return;
        }

        foreach (var entry in initializer.Initializers)
        {
            if (entry is ISimpleAssignmentOperation assignment)
            {
                values.Add(assignment.Value);
            }
            else if (entry is IInvocationOperation { Arguments.Length: 2 } add)
            {
                values.Add(add.Arguments[1].Value);
            }
        }
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { OperatorMethod: null } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private void Add(bool referenced, string metadataName, params string[] methods)
    {
        if (!referenced || Resolve(metadataName) is not { } type)
        {
            return;
        }

        if (!_sinks.TryGetValue(type, out var names))
        {
            names = [];
            _sinks[type] = names;
        }

        foreach (var method in methods)
        {
            names.Add(method);
            if (method != Constructor)
            {
                _sinkNames.Add(method);
            }
        }
    }

    private void AddMemory(bool referenced, string metadataName, params string[] methods)
    {
        Add(referenced, metadataName, methods);
        AddTo(_memorySinks, referenced, metadataName, methods);
        if (referenced && Resolve(metadataName) is { TypeKind: TypeKind.Interface } type)
        {
            _sinkInterfaces.Add(type);
        }
    }

    private void AddTo(Dictionary<INamedTypeSymbol, HashSet<string>> table, bool referenced, string metadataName, params string[] methods)
    {
        if (referenced && Resolve(metadataName) is { } type)
        {
            table[type] = [.. methods];
        }
    }

    /// <summary>"Type.Method" of the entry of <paramref name="table"/> that <paramref name="method"/> is, overrides or implements.</summary>
    private static string? FindIn(Dictionary<INamedTypeSymbol, HashSet<string>> table, IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            if (current.ContainingType is { } type && table.TryGetValue(type.OriginalDefinition, out var names) && names.Contains(current.Name))
            {
                return type.Name + "." + current.Name;
            }
        }

        if (method.IsStatic || method.ContainingType is not { } containing)
        {
            return null;
        }

        foreach (var @interface in containing.AllInterfaces)
        {
            if (!table.TryGetValue(@interface.OriginalDefinition, out var names) || !names.Contains(method.Name))
            {
                continue;
            }

            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(containing.FindImplementationForInterfaceMember(member)?.OriginalDefinition, method))
                {
                    return @interface.Name + "." + method.Name;
                }
            }
        }

        return null;
    }

    /// <summary>The SDK type named <paramref name="metadataName"/>, looked up in the SDKs' assemblies only.</summary>
    private INamedTypeSymbol? Resolve(string metadataName)
    {
        foreach (var assembly in _sdkAssemblies)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private void AddInterface(bool referenced, string metadataName)
    {
        if (referenced && Resolve(metadataName) is { } type)
        {
            _sinkInterfaces.Add(type);
        }
    }

    private void AddContent(bool referenced, string metadataName)
    {
        if (referenced && Resolve(metadataName) is { } type)
        {
            _contentTypes.Add(type);
        }
    }
}
