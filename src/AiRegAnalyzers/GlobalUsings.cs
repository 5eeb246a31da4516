// Namespaces nearly every file of this project uses; a file imports only what is particular to it.
global using System;
global using System.Collections.Generic;
global using System.Collections.Immutable;
global using AiRegAnalyzers.Common;
global using AiRegAnalyzers.Flow;
global using AiRegAnalyzers.Options;
global using AiRegAnalyzers.PersonalData;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.Diagnostics;
global using Microsoft.CodeAnalysis.Operations;
