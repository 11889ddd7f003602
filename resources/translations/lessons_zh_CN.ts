<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Document</name>
    <message>
        <source>Change c</source>
        <translation>更改 c</translation>
    </message>
    <message>
        <source>Nonlinear hidden layer</source>
        <translation>非线性隐藏层</translation>
    </message>
    <message>
        <source>ReLU hidden layers</source>
        <translation>ReLU 隐藏层</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>新网络</translation>
    </message>
</context>
<context>
    <name>LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Start this lesson: its network, its steps</source>
        <translation>开始这一课：载入它的网络，逐步讲解</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The step before, as it was (Page Up)</source>
        <translation>回到上一步，恢复当时的状态（Page Up）</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>这一课的下一步（Page Down）</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>没有进行中的课程</translation>
    </message>
    <message>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>请从“课程”菜单中选择一课。</translation>
    </message>
    <message>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>The neuron and the perceptron</source>
        <translation>神经元与感知机</translation>
    </message>
    <message>
        <source>One neuron: the AND gate</source>
        <translation>一个神经元：与门</translation>
    </message>
    <message>
        <source>A neuron adds its weighted inputs and its bias, ⟦a = b + Σ w·x⟧, and gives ⟦y = h(a)⟧. With the step h (1 when ⟦a &gt; 0⟧, else 0) it is a perceptron.&lt;br&gt;Here w = (0.5, 0.5), b = −0.7: only x = (1, 1) gives 0.5 + 0.5 − 0.7 = 0.3 &gt; 0. The table of examples is AND&apos;s truth table: y = 0, 0, 0, 1.</source>
        <translation>神经元先把输入加权求和再加上偏置：⟦a = b + Σ w·x⟧，然后输出 ⟦y = h(a)⟧。h 取阶跃函数（⟦a &gt; 0⟧ 时为 1，否则为 0）时，它就是感知机。&lt;br&gt;这里 w = (0.5, 0.5)，b = −0.7：只有 x = (1, 1) 时 0.5 + 0.5 − 0.7 = 0.3 &gt; 0。示例表正是与门的真值表：y = 0, 0, 0, 1。</translation>
    </message>
    <message>
        <source>Only the bias changes: OR</source>
        <translation>只改偏置：或门</translation>
    </message>
    <message>
        <source>Raise the bias to b = −0.2: one input at 1 is now enough (0.5 − 0.2 = 0.3 &gt; 0). The same neuron computes OR: y = 0, 1, 1, 1. The weights and the bias decide what a perceptron does.</source>
        <translation>把偏置提高到 b = −0.2：现在只要有一个输入为 1 就够了（0.5 − 0.2 = 0.3 &gt; 0）。同一个神经元算出的是或门：y = 0, 1, 1, 1。感知机做什么，由权重和偏置决定。</translation>
    </message>
    <message>
        <source>Turn the signs: NAND</source>
        <translation>符号取反：与非门</translation>
    </message>
    <message>
        <source>With w = (−0.5, −0.5) and b = 0.7 the neuron says 1 unless both inputs are 1 (−0.5 − 0.5 + 0.7 = −0.3): NAND, y = 1, 1, 1, 0.</source>
        <translation>取 w = (−0.5, −0.5)、b = 0.7，除非两个输入都是 1（−0.5 − 0.5 + 0.7 = −0.3），神经元都输出 1：这是与非门，y = 1, 1, 1, 0。</translation>
    </message>
    <message>
        <source>XOR: one perceptron cannot</source>
        <translation>异或：一个感知机做不到</translation>
    </message>
    <message>
        <source>XOR is 1 when exactly one input is 1: targets 0, 1, 1, 0. One perceptron draws one straight line w₁x₁ + w₂x₂ + b = 0 and says 1 on one side; no line puts (0, 1) and (1, 0) on one side and (0, 0), (1, 1) on the other. Whatever w and b, some row is wrong: here (0, 0) gives 1 and its E is 0.5.</source>
        <translation>异或在恰好一个输入为 1 时输出 1：目标值为 0, 1, 1, 0。一个感知机只能画一条直线 w₁x₁ + w₂x₂ + b = 0，在直线一侧输出 1；而没有哪条直线能把 (0, 1)、(1, 0) 与 (0, 0)、(1, 1) 分在两侧。无论 w 和 b 取什么，总有一行是错的：这里 (0, 0) 输出 1，它的 E 为 0.5。</translation>
    </message>
    <message>
        <source>XOR with two layers</source>
        <translation>用两层实现异或</translation>
    </message>
    <message>
        <source>Step units: hidden neuron 1 is NAND, hidden neuron 2 is OR, the output their AND.</source>
        <translation>阶跃单元：隐藏神经元 1 是与非门，隐藏神经元 2 是或门，输出神经元对两者做与运算。</translation>
    </message>
    <message>
        <source>XOR network, sigmoid output</source>
        <translation>异或网络，sigmoid 输出</translation>
    </message>
    <message>
        <source>The two-layer step network with a sigmoid output, after five updates.</source>
        <translation>两层阶跃网络，输出层换成 sigmoid，已更新五次。</translation>
    </message>
    <message>
        <source>Stack perceptrons: hidden neuron 1 is NAND, hidden neuron 2 is OR, and the output is their AND. This 2-2-1 network computes XOR: every row&apos;s E is 0. A layer more does what one neuron cannot.</source>
        <translation>把感知机叠起来：隐藏层第 1 个神经元是与非门，第 2 个是或门，输出层对二者做与运算。这个 2-2-1 网络算出的就是异或：每一行的 E 都是 0。多一层，就能做到一个神经元做不到的事。</translation>
    </message>
    <message>
        <source>A step unit cannot learn</source>
        <translation>阶跃单元学不会</translation>
    </message>
    <message>
        <source>Now ask for y = 1 at x = (1, 1): the network says 0, E = 0.5. The backward pass gives ⟦δ = ∂E/∂a = 0⟧ everywhere, because the step&apos;s slope ⟦h&apos;(a)⟧ is 0, so every ∂E/∂w is 0. Apply update (⟦w ← w − η·∂E/∂w⟧, here ⟦η⟧ = 1) changed nothing: the weights and E are as they were.</source>
        <translation>现在要求 x = (1, 1) 时 y = 1：网络输出 0，E = 0.5。反向传播处处得到 ⟦δ = ∂E/∂a = 0⟧，因为阶跃函数的斜率 ⟦h&apos;(a)⟧ 为 0，所以每个 ∂E/∂w 都是 0。应用更新（⟦w ← w − η·∂E/∂w⟧，这里 ⟦η⟧ = 1）什么也没改变：权重和 E 都和原来一样。</translation>
    </message>
    <message>
        <source>A sigmoid output learns</source>
        <translation>sigmoid 输出能学习</translation>
    </message>
    <message>
        <source>Make the output a sigmoid: its slope ⟦h&apos;(a) = z(1 − z)⟧ is never 0, so δ is not 0 and each Apply update moves the output&apos;s weights. After five updates the output for (1, 1) has risen towards its target 1: the table&apos;s y and E show it. This is why neural networks use smooth activations.</source>
        <translation>把输出层换成 sigmoid：它的斜率 ⟦h&apos;(a) = z(1 − z)⟧ 从不为 0，δ 也就不为 0，每次应用更新都会移动输出层的权重。更新五次之后，(1, 1) 的输出向目标值 1 升高了：示例表中的 y 和 E 可以看到。这就是神经网络使用平滑激活函数的原因。</translation>
    </message>
    <message>
        <source>One step neuron</source>
        <translation>一个阶跃神经元</translation>
    </message>
    <message>
        <source>One sigmoid neuron</source>
        <translation>一个 sigmoid 神经元</translation>
    </message>
    <message>
        <source>Step versus sigmoid</source>
        <translation>阶跃函数与 sigmoid 函数</translation>
    </message>
    <message>
        <source>Two curves on −5..5</source>
        <translation>−5..5 上的两条曲线</translation>
    </message>
    <message>
        <source>The activation panel draws the perceptron&apos;s step (1 when ⟦a &gt; 0⟧, else 0) and, in another colour, the sigmoid ⟦h(a) = 1 / (1 + e^(−a))⟧, over −5..5 as the seeds do with np.arange(−5.0, 5.0, 0.1). Both give 0 for very negative ⟦a⟧, 1 for very positive ⟦a⟧, and stay between 0 and 1.</source>
        <translation>激活函数面板画出感知机的阶跃函数（⟦a &gt; 0⟧ 时为 1，否则为 0），并用另一种颜色画出 sigmoid 函数 ⟦h(a) = 1 / (1 + e^(−a))⟧，范围是 −5..5，和教程中的 np.arange(−5.0, 5.0, 0.1) 一样。⟦a⟧ 很小时两者都接近 0，⟦a⟧ 很大时都接近 1，输出始终在 0 和 1 之间。</translation>
    </message>
    <message>
        <source>The step jumps</source>
        <translation>阶跃函数会跳变</translation>
    </message>
    <message>
        <source>Lower the bias from −0.7 to −1.1: for x = (1, 1), ⟦a⟧ goes from 0.3 to −0.1 and the step&apos;s output falls from 1 straight to 0. A small change of the weights flips the output or leaves it as it was: nothing in between.</source>
        <translation>把偏置从 −0.7 降到 −1.1：对 x = (1, 1)，⟦a⟧ 从 0.3 变成 −0.1，阶跃函数的输出从 1 直接跌到 0。参数稍有变化，输出要么突然翻转，要么纹丝不动，没有中间状态。</translation>
    </message>
    <message>
        <source>The sigmoid slides</source>
        <translation>sigmoid 函数平滑变化</translation>
    </message>
    <message>
        <source>The same neuron with the sigmoid, bias back at −0.7: ⟦a⟧ = 0.3 gives 0.574, not 1. Signals between sigmoid neurons are real numbers, not only 0 or 1 (seed 000).</source>
        <translation>同一个神经元换成 sigmoid，偏置改回 −0.7：⟦a⟧ = 0.3 得到 0.574，而不是 1。sigmoid 神经元之间传递的是连续的实数信号，而不只是 0 或 1（教程 000）。</translation>
    </message>
    <message>
        <source>A small change, a small effect</source>
        <translation>小变化，小影响</translation>
    </message>
    <message>
        <source>Bias −1.1 again: ⟦a⟧ = −0.1 now gives 0.475. The output moved a little, where the step jumped. Its slope ⟦h&apos;(a) = z(1 − z)⟧ (dashed) is never 0, so the backward pass can tell each weight which way to move.</source>
        <translation>偏置再次设为 −1.1：⟦a⟧ = −0.1 现在得到 0.475。阶跃函数在这里跳变，而输出只变了一点点。它的斜率 ⟦h&apos;(a) = z(1 − z)⟧（虚线）从不为 0，所以反向传播能告诉每个权重该往哪个方向调整。</translation>
    </message>
    <message>
        <source>Far out, flat again: −10..10</source>
        <translation>远离原点又变平：−10..10</translation>
    </message>
    <message>
        <source>Seeds 002 and 003 plot −10..10. With b = −7, ⟦a⟧ = −6 and the sigmoid is 0.0025, its slope 0.0025 too: in the grey bands the curve is nearly flat and learning slows almost to a stop (seed 002 calls it saturation). Lesson 6 shows what that does to a deep network.</source>
        <translation>教程 002 和 003 画的是 −10..10。取 b = −7，⟦a⟧ = −6，sigmoid 的值为 0.0025，斜率也只有 0.0025：在灰色区域里曲线几乎是平的，学习几乎停止（教程 002 称之为梯度饱和）。第 6 课会展示它对深层网络的影响。</translation>
    </message>
    <message>
        <source>Seed 001&apos;s network, step output</source>
        <translation>教程 001 的网络，阶跃输出</translation>
    </message>
    <message>
        <source>The book&apos;s 3-layer network with seed 001&apos;s step function at its output.</source>
        <translation>书中的三层网络，输出层用教程 001 的阶跃函数。</translation>
    </message>
    <message>
        <source>The 3-layer network in matrix form</source>
        <translation>矩阵形式的 3 层神经网络</translation>
    </message>
    <message>
        <source>The seed&apos;s arrays</source>
        <translation>教程中的数组</translation>
    </message>
    <message>
        <source>Seed 001&apos;s network: X = [1.0, 0.5] of shape (2,), W1 of shape (2, 3), B1 of shape (3,). A whole layer is one line of NumPy: ⟦A1 = np.dot(X, W1) + B1⟧, shapes (2,)·(2, 3) + (3,) = (3,). The computation panel shows the arrays side by side.</source>
        <translation>教程 001 的网络：X = [1.0, 0.5]，形状 (2,)；W1 形状 (2, 3)；B1 形状 (3,)。整层只需一行 NumPy：⟦A1 = np.dot(X, W1) + B1⟧，形状 (2,)·(2, 3) + (3,) = (3,)。计算面板把这些数组并排列出。</translation>
    </message>
    <message>
        <source>Layer 1: A1 and Z1</source>
        <translation>第 1 层：A1 与 Z1</translation>
    </message>
    <message>
        <source>⟦A1⟧ = [0.3, 0.7, 1.1], then the sigmoid of each: ⟦Z1 = sigmoid(A1)⟧ = [0.57444252, 0.66818777, 0.75026011], as the seed prints. B1 is added to the row: NumPy broadcasts it.</source>
        <translation>⟦A1⟧ = [0.3, 0.7, 1.1]，再对每个元素求 sigmoid：⟦Z1 = sigmoid(A1)⟧ = [0.57444252, 0.66818777, 0.75026011]，与教程打印的结果一致。B1 加到这一行上：NumPy 会自动广播。</translation>
    </message>
    <message>
        <source>Layer 2: Z1 feeds A2</source>
        <translation>第 2 层：Z1 作为 A2 的输入</translation>
    </message>
    <message>
        <source>The output of layer 1 is the input of layer 2: ⟦A2 = np.dot(Z1, W2) + B2⟧ with W2 of shape (3, 2), and ⟦Z2 = sigmoid(A2)⟧ = [0.62624937, 0.7710107].</source>
        <translation>第 1 层的输出就是第 2 层的输入：⟦A2 = np.dot(Z1, W2) + B2⟧，W2 的形状为 (3, 2)；⟦Z2 = sigmoid(A2)⟧ = [0.62624937, 0.7710107]。</translation>
    </message>
    <message>
        <source>Layer 3: the identity output</source>
        <translation>第 3 层：恒等函数输出</translation>
    </message>
    <message>
        <source>⟦A3 = np.dot(Z2, W3) + B3⟧, and the output layer passes it on unchanged (the identity, for regression): Y = [0.31682708, 0.69627909], the book&apos;s [0.3168, 0.6963].</source>
        <translation>⟦A3 = np.dot(Z2, W3) + B3⟧，输出层把它原样输出（恒等函数，用于回归）：Y = [0.31682708, 0.69627909]，即书中的 [0.3168, 0.6963]。</translation>
    </message>
    <message>
        <source>Seed 001&apos;s step output: [1 1]</source>
        <translation>教程 001 的阶跃输出：[1 1]</translation>
    </message>
    <message>
        <source>Seed 001&apos;s own code ends with a step function instead, ⟦Y = function(A3)⟧: both ⟦A3⟧ values are above 0, so it prints [1 1]. The output layer&apos;s activation decides what the numbers mean.</source>
        <translation>教程 001 自己的代码最后用的是阶跃函数：⟦Y = function(A3)⟧。⟦A3⟧ 的两个值都大于 0，所以打印出 [1 1]。输出层的激活函数决定了这些数字的含义。</translation>
    </message>
    <message>
        <source>Softmax of three numbers</source>
        <translation>三个数的 softmax</translation>
    </message>
    <message>
        <source>One softmax layer whose weighted inputs are its inputs: W = I, b = 0.</source>
        <translation>一个 softmax 层，加权输入就是输入本身：W = I，b = 0。</translation>
    </message>
    <message>
        <source>Output layers: identity and softmax</source>
        <translation>输出层：恒等函数与 softmax</translation>
    </message>
    <message>
        <source>Regression: the identity</source>
        <translation>回归：恒等函数</translation>
    </message>
    <message>
        <source>For regression (predict a number, like a person&apos;s weight from a photo) the output layer uses the identity: ⟦y = a⟧, any real number. The book&apos;s network gives y = [0.3168, 0.6963].</source>
        <translation>回归问题（预测一个数值，例如根据照片预测一个人的体重）的输出层用恒等函数：⟦y = a⟧，可以是任意实数。书中的网络输出 y = [0.3168, 0.6963]。</translation>
    </message>
    <message>
        <source>Classification: softmax</source>
        <translation>分类：softmax</translation>
    </message>
    <message>
        <source>For classification the output layer has one neuron per class and softmax: ⟦y_k = e^(a_k) / Σ_i e^(a_i)⟧. Seed 001&apos;s ⟦a⟧ = [0.3, 2.9, 4.0] gives y = [0.01821127, 0.24519181, 0.73659691]: each between 0 and 1, and Σ y = 1.</source>
        <translation>分类问题的输出层每个类别一个神经元，并使用 softmax：⟦y_k = e^(a_k) / Σ_i e^(a_i)⟧。教程 001 的 ⟦a⟧ = [0.3, 2.9, 4.0] 得到 y = [0.01821127, 0.24519181, 0.73659691]：每个都在 0 和 1 之间，且 Σ y = 1。</translation>
    </message>
    <message>
        <source>Now ⟦a⟧ = [1010, 1000, 990]. ⟦e^1010⟧ is far beyond the largest float (about 1.8 × 10^308): np.exp gives inf, and inf / inf is nan. Written as the formula says, softmax prints [nan nan nan] (seed 001); the panel shows it under “Without subtracting it”.</source>
        <translation>现在 ⟦a⟧ = [1010, 1000, 990]。⟦e^1010⟧ 远超最大的浮点数（约 1.8 × 10^308）：np.exp 得到 inf，而 inf / inf 是 nan。照公式直接计算，softmax 打印出 [nan nan nan]（教程 001）；计算面板在“如果不减去最大值”下面显示了它。</translation>
    </message>
    <message>
        <source>Read as probabilities</source>
        <translation>看作概率</translation>
    </message>
    <message>
        <source>Step by step: ⟦e^a⟧ = [1.34985881, 18.17414537, 54.59815003], their sum 74.1221542101633, each share ⟦e^(a_k)⟧ / sum. So the input is class 2 with probability 73.7 %, class 1 with 24.5 %, class 0 with 1.8 %. The largest ⟦a⟧ stays the largest y.</source>
        <translation>逐步来看：⟦e^a⟧ = [1.34985881, 18.17414537, 54.59815003]，总和为 74.1221542101633，每个输出是 ⟦e^(a_k)⟧ / 总和。所以这个输入有 73.7% 的概率属于第 2 类，24.5% 属于第 1 类，1.8% 属于第 0 类。⟦a⟧ 最大的，y 也最大。</translation>
    </message>
    <message>
        <source>[1010, 1000, 990]: overflow</source>
        <translation>[1010, 1000, 990]：溢出</translation>
    </message>
    <message>
        <source>Subtract the max</source>
        <translation>减去最大值</translation>
    </message>
    <message>
        <source>Multiplying above and below by the same constant changes nothing, so softmax can use ⟦e^(a − max(a))⟧: the largest exponent is ⟦e^0⟧ = 1 and nothing overflows. The result is the seed&apos;s [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], and NeuroStep always computes it this way.</source>
        <translation>分子分母同乘一个常数，结果不变，所以 softmax 可以改用 ⟦e^(a − max(a))⟧：最大的指数项是 ⟦e^0⟧ = 1，不会溢出。结果就是教程中的 [9.99954600e-01, 4.53978686e-05, 2.06106005e-09]，NeuroStep 总是这样计算。</translation>
    </message>
    <message>
        <source>One linear neuron</source>
        <translation>一个线性神经元</translation>
    </message>
    <message>
        <source>⟦h(x) = cx⟧, three times</source>
        <translation>⟦h(x) = cx⟧ 叠三次</translation>
    </message>
    <message>
        <source>Three layers of one neuron, each ⟦h(x) = cx⟧: weight c, bias 0, the identity. y = c·c·c·x = c³x.</source>
        <translation>三层，每层一个神经元，都是 ⟦h(x) = cx⟧：权重 c，偏置 0，恒等函数。y = c·c·c·x = c³x。</translation>
    </message>
    <message>
        <source>⟦h⟧ three times: %1 → %2 → %3 → &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;c³·x = %5 × %1 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>⟦h⟧ 作用三次：%1 → %2 → %3 → &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;c³·x = %5 × %1 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>collapse_linear: w = (%1), b = %2&lt;br&gt;y: %3 (seed 004&apos;s: %4)</source>
        <translation>collapse_linear：w = (%1)，b = %2&lt;br&gt;y：%3（教程 004 的网络：%4）</translation>
    </message>
    <message>
        <source>Seed 004&apos;s linear network on a circle</source>
        <translation>教程 004 的线性网络遇上圆形数据</translation>
    </message>
    <message>
        <source>The identity everywhere: OUT is a plane over (x1, x2), and where it crosses 0.5 is a straight line.</source>
        <translation>处处都是恒等函数：OUT 是 (x1, x2) 上的一个平面，它等于 0.5 的地方是一条直线。</translation>
    </message>
    <message>
        <source>A tanh hidden layer</source>
        <translation>tanh 隐藏层</translation>
    </message>
    <message>
        <source>Seed 004&apos;s OUT = g(f(…)·w13 + f(…)·w23 + b3) with f = tanh in 4 hidden neurons and g = sigmoid: no single linear layer equals it.</source>
        <translation>教程 004 的 OUT = g(f(…)·w13 + f(…)·w23 + b3)，4 个隐藏神经元用 f = tanh，g = sigmoid：任何单个线性层都与它不等价。</translation>
    </message>
    <message>
        <source>Why activations must be nonlinear</source>
        <translation>激活函数为什么必须是非线性的</translation>
    </message>
    <message>
        <source>Seed 004&apos;s network, no activation</source>
        <translation>教程 004 的网络，没有激活函数</translation>
    </message>
    <message>
        <source>Two inputs, two hidden neurons, one output, no activation: each neuron passes on its ⟦a⟧. Seed 004 names a weight from→to (w21 joins x2 to hidden neuron 1): OUT = (x1w11 + x2w21 + b1)·w13 + (x1w12 + x2w22 + b2)·w23 + b3. For x = (1.0, 0.5) the hidden neurons give 1.0 and 1.25: OUT = 1.0·1.5 + 1.25·(−1) + 0.25 = 0.5.</source>
        <translation>两个输入、两个隐藏神经元、一个输出，没有激活函数：每个神经元直接把 ⟦a⟧ 传下去。教程 004 按“从→到”给权重编号（w21 连接 x2 和隐藏神经元 1）：OUT = (x1w11 + x2w21 + b1)·w13 + (x1w12 + x2w22 + b2)·w23 + b3。对 x = (1.0, 0.5)，两个隐藏神经元给出 1.0 和 1.25：OUT = 1.0·1.5 + 1.25·(−1) + 0.25 = 0.5。</translation>
    </message>
    <message>
        <source>Multiply it out: one neuron</source>
        <translation>展开一看：只是一个神经元</translation>
    </message>
    <message>
        <source>Open the brackets: OUT = x1·(w11w13 + w12w23) + x2·(w21w13 + w22w23) + (b1w13 + b2w23 + b3) = x1·(1.5 − 2) + x2·(−1.5 − 0.5) + (0.75 + 1 + 0.25) = &lt;b&gt;−0.5·x1 − 2·x2 + 2&lt;/b&gt;: one neuron, the network shown now.</source>
        <translation>把括号展开：OUT = x1·(w11w13 + w12w23) + x2·(w21w13 + w22w23) + (b1w13 + b2w23 + b3) = x1·(1.5 − 2) + x2·(−1.5 − 0.5) + (0.75 + 1 + 0.25) = &lt;b&gt;−0.5·x1 − 2·x2 + 2&lt;/b&gt;：只是一个神经元，就是现在显示的网络。</translation>
    </message>
    <message>
        <source>Seeds 000 and 001: with a linear ⟦h(x) = cx⟧, three layers give ⟦y(x) = h(h(h(x)))⟧ = c·c·c·x = c³x, one layer&apos;s work. Each layer here is a neuron of weight c.</source>
        <translation>教程 000 和 001：激活函数若是线性的 ⟦h(x) = cx⟧，三层网络 ⟦y(x) = h(h(h(x)))⟧ = c·c·c·x = c³x，一层就能做到。这里每层是一个权重为 c 的神经元。</translation>
    </message>
    <message>
        <source>c =</source>
        <translation>c =</translation>
    </message>
    <message>
        <source>A straight line cannot fit a circle</source>
        <translation>直线分不开圆</translation>
    </message>
    <message>
        <source>Train seed 004&apos;s linear network for 20 epochs on 100 points: one class inside a circle, the other on a ring around it. OUT is a plane whatever the weights: one straight line splits the decision view, and about half the points stay wrong.</source>
        <translation>用 100 个点训练教程 004 的线性网络 20 轮：一类在圆内，另一类在外面的圆环上。不管权重如何，OUT 都是一个平面：决策图被一条直线一分为二，大约一半的点始终分错。</translation>
    </message>
    <message>
        <source>A nonlinear hidden layer fits it</source>
        <translation>非线性隐藏层就能拟合</translation>
    </message>
    <message>
        <source>Seed 004: with a nonlinear f in the hidden layer, OUT = g(f(x1w11 + x2w21 + b1)·w13 + f(x1w12 + x2w22 + b2)·w23 + b3) no longer collapses. Here f = tanh in 4 hidden neurons (2 draw only 2 lines), g = sigmoid: in 40 epochs the boundary closes round the circle.</source>
        <translation>教程 004：隐藏层用非线性的 f，OUT = g(f(x1w11 + x2w21 + b1)·w13 + f(x1w12 + x2w22 + b2)·w23 + b3) 就不再退化。这里 4 个隐藏神经元用 f = tanh（2 个只能画 2 条线），g = sigmoid：训练 40 轮，边界就围成一圈，把圆包住。</translation>
    </message>
    <message>
        <source>Seven sigmoid layers</source>
        <translation>七层 sigmoid</translation>
    </message>
    <message>
        <source>2 inputs, 6 hidden layers of 3 sigmoid neurons, 1 sigmoid output; x = (1.0, 0.5), t = 1.</source>
        <translation>2 个输入，6 个隐藏层各 3 个 sigmoid 神经元，1 个 sigmoid 输出；x = (1.0, 0.5)，t = 1。</translation>
    </message>
    <message>
        <source>Six ReLU layers and a sigmoid output</source>
        <translation>六层 ReLU 加 sigmoid 输出</translation>
    </message>
    <message>
        <source>The same network and weights, its hidden layers ReLU; x = (1.0, 0.5), t = 1.</source>
        <translation>同一个网络、同样的权重，隐藏层换成 ReLU；x = (1.0, 0.5)，t = 1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; times smaller</source>
        <translation>小 &lt;b&gt;%1&lt;/b&gt; 倍</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; times larger</source>
        <translation>大 &lt;b&gt;%1&lt;/b&gt; 倍</translation>
    </message>
    <message>
        <source>Largest |δ|: layer %1 %2, layer 1 %3: %4</source>
        <translation>最大 |δ|：第 %1 层 %2，第 1 层 %3：%4</translation>
    </message>
    <message>
        <source>Update %1: ⟦‖∂E/∂W‖⟧ of layer %2 %3, of layer 1 %4: %5</source>
        <translation>第 %1 次更新：第 %2 层的 ⟦‖∂E/∂W‖⟧ 为 %3，第 1 层为 %4：%5</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>A deep sigmoid network</source>
        <translation>一个很深的 sigmoid 网络</translation>
    </message>
    <message>
        <source>Six hidden layers of three sigmoid neurons and a sigmoid output: seven layers. The backward pass has run, and the gradient panel draws each neuron&apos;s ⟦δ = ∂E/∂a⟧ on powers of ten: from layer 7 back to layer 1 the bars fall, step after step.</source>
        <translation>六个隐藏层，每层三个 sigmoid 神经元，再加一个 sigmoid 输出：共七层。反向传播已经算完，梯度面板按 10 的幂画出每个神经元的 ⟦δ = ∂E/∂a⟧：从第 7 层往回到第 1 层，柱子一级一级变矮。</translation>
    </message>
    <message>
        <source>Why: the slope, layer after layer</source>
        <translation>原因：一层又一层地乘上斜率</translation>
    </message>
    <message>
        <source>A layer&apos;s δ is the next layer&apos;s, passed back through the weights and multiplied by the slope: ⟦δ = h&apos;(a)·Σ w·δ⟧ (the computation panel, layer 1). The sigmoid&apos;s slope ⟦h&apos;(a) = z(1 − z)⟧ is at most 0.25: six layers can shrink δ to 0.25⁶ ≈ 0.00024 of itself. Seed 002 calls it gradient saturation.</source>
        <translation>每层的 δ 是后一层的 δ 经权重传回来、再乘上斜率：⟦δ = h&apos;(a)·Σ w·δ⟧（见计算过程面板，第 1 层）。sigmoid 的斜率 ⟦h&apos;(a) = z(1 − z)⟧ 最大只有 0.25：经过六层，δ 可能缩到原来的 0.25⁶ ≈ 0.00024。教程 002 称之为梯度饱和（梯度弥散）。</translation>
    </message>
    <message>
        <source>Ten updates: layer 1 hardly learns</source>
        <translation>更新十次：第 1 层几乎学不动</translation>
    </message>
    <message>
        <source>Apply update ten times. The history draws each layer&apos;s gradient norm ⟦‖∂E/∂W‖⟧ at every update, on a log scale: the seven lines lie apart, layer 1 lowest. Its weights move thousands of times less than the output&apos;s.</source>
        <translation>应用更新十次。“历史”图以对数坐标画出每次更新时各层的梯度范数 ⟦‖∂E/∂W‖⟧：七条线彼此远离，第 1 层最低。它的权重变化比输出层小几千倍。</translation>
    </message>
    <message>
        <source>The same network with ReLU</source>
        <translation>同一个网络换成 ReLU</translation>
    </message>
    <message>
        <source>Make the six hidden layers ReLU, the weights as they are. ReLU&apos;s slope is 1 wherever ⟦a &gt; 0⟧ (seed 002), so δ passes back without shrinking: layer 1&apos;s bars stand as tall as layer 7&apos;s.</source>
        <translation>把六个隐藏层换成 ReLU，权重不变。只要 ⟦a &gt; 0⟧，ReLU 的斜率就是 1（教程 002），δ 往回传时不会缩小：第 1 层的柱子和第 7 层的一样高。</translation>
    </message>
    <message>
        <source>Ten more updates: every layer learns</source>
        <translation>再更新十次：每一层都在学</translation>
    </message>
    <message>
        <source>Ten more updates, with ReLU: from update 11 on the seven lines lie together, within a power of ten. Every layer learns, which is why deep networks use ReLU in their hidden layers (seeds 002 and 003).</source>
        <translation>换成 ReLU 后再更新十次：从第 11 次更新起，七条线聚在一起，相差不到一个数量级。每一层都在学习，这就是深层网络的隐藏层常用 ReLU 的原因（教程 002 和 003）。</translation>
    </message>
    <message>
        <source>A ReLU hidden layer</source>
        <translation>ReLU 隐藏层</translation>
    </message>
    <message>
        <source>2 inputs, 8 ReLU neurons, 1 sigmoid output.</source>
        <translation>2 个输入，8 个 ReLU 神经元，1 个 sigmoid 输出。</translation>
    </message>
    <message>
        <source>A Leaky ReLU hidden layer</source>
        <translation>Leaky ReLU 隐藏层</translation>
    </message>
    <message>
        <source>An ELU hidden layer</source>
        <translation>ELU 隐藏层</translation>
    </message>
    <message>
        <source>The Leaky ReLU network&apos;s weights, the hidden layer now ELU.</source>
        <translation>沿用 Leaky ReLU 网络的权重，隐藏层改为 ELU。</translation>
    </message>
    <message>
        <source>ReLU beside Leaky ReLU</source>
        <translation>ReLU 与 Leaky ReLU 并排</translation>
    </message>
    <message>
        <source>The weights a too-large ⟦η⟧ left, the hidden layer now Leaky ReLU.</source>
        <translation>保留过大的 ⟦η⟧ 留下的权重，隐藏层改为 Leaky ReLU。</translation>
    </message>
    <message>
        <source>Hidden layer 1 ReLU, hidden layer 2 Leaky ReLU, trained with ⟦η⟧ = 0.5.</source>
        <translation>隐藏层 1 用 ReLU，隐藏层 2 用 Leaky ReLU，以 ⟦η⟧ = 0.5 训练。</translation>
    </message>
    <message>
        <source>Layer %1, %2: &lt;b&gt;%3 of %4 dead&lt;/b&gt;</source>
        <translation>第 %1 层，%2：&lt;b&gt;%4 个中 %3 个失活&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, %1 below 0 for every point</source>
        <translation>，%1 个对所有点都小于 0</translation>
    </message>
    <message>
        <source>Neuron %1: b = %2, largest ⟦z⟧ = %3, ∂E/∂b = %4&lt;br&gt;%5</source>
        <translation>神经元 %1：b = %2，最大 ⟦z⟧ = %3，∂E/∂b = %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Dying ReLU and its cures</source>
        <translation>ReLU 失活及其对策</translation>
    </message>
    <message>
        <source>ReLU: nothing below 0</source>
        <translation>ReLU：小于 0 就是 0</translation>
    </message>
    <message>
        <source>ReLU passes a positive ⟦a⟧ on and gives 0 otherwise: ⟦z = max(0, a)⟧, slope 1 above 0 and 0 below (seed 002). Eight ReLU neurons learn the circle in 20 epochs; the canvas draws each one&apos;s output over the plane.</source>
        <translation>ReLU 把正的 ⟦a⟧ 原样传下去，否则输出 0：⟦z = max(0, a)⟧，大于 0 时斜率为 1，小于 0 时为 0（教程 002）。八个 ReLU 神经元训练 20 轮就学会了圆形数据；画布在每个神经元里画出它在平面上的输出。</translation>
    </message>
    <message>
        <source>A large negative bias kills a unit</source>
        <translation>很大的负偏置让神经元失活</translation>
    </message>
    <message>
        <source>Set neuron 1&apos;s bias to −5: its ⟦a⟧ is below 0 for every point, it outputs 0 for all of them, and the canvas marks it dead (×). Its slope is 0, so ⟦δ = 0⟧: ten more epochs leave b at exactly −5. Seed 002: ReLU dies.</source>
        <translation>把神经元 1 的偏置设为 −5：它的 ⟦a⟧ 对每个点都小于 0，输出全是 0，画布把它标为失活（×）。它的斜率是 0，所以 ⟦δ = 0⟧：再训练十轮，b 仍然恰好是 −5。教程 002：ReLU 就会“死掉”。</translation>
    </message>
    <message>
        <source>A too-large learning rate kills many</source>
        <translation>学习率过大，成批失活</translation>
    </message>
    <message>
        <source>Start again from fresh weights with ⟦η⟧ = 1, ten times larger. Big steps throw units below 0 for every point within a few epochs: they die (×) and stay dead, and the few left alive carry the fit alone.</source>
        <translation>从新的初始权重重来，用 ⟦η⟧ = 1，大了十倍。步子太大，几轮之内就把一些神经元推到对所有点都小于 0：它们失活（×）且再也活不过来，只剩少数活着的神经元独自撑起拟合。</translation>
    </message>
    <message>
        <source>Leaky ReLU: a small slope below 0</source>
        <translation>Leaky ReLU：小于 0 时留一点斜率</translation>
    </message>
    <message>
        <source>Hidden layer 1 ReLU, layer 2 Leaky ReLU, ⟦η⟧ = 0.5 too large for both. ReLU units die (×); Leaky units pushed below 0 for every point still output ⟦s·a⟧, not 0, and pass δ back: none dies.</source>
        <translation>隐藏层 1 用 ReLU，第 2 层用 Leaky ReLU，⟦η⟧ = 0.5 对两者都太大。ReLU 神经元失活（×）；Leaky 神经元即使对所有点都小于 0，输出的仍是 ⟦s·a⟧ 而不是 0，δ 照样往回传：一个也不会失活。</translation>
    </message>
    <message>
        <source>Leaky ReLU slope s =</source>
        <translation>Leaky ReLU 斜率 s =</translation>
    </message>
    <message>
        <source>Leaky ReLU keeps a slope s below 0: ⟦z = max(s·a, a)⟧, s = 0.01 by default (seed 002 plots 0.1). δ is never 0: 40 epochs at ⟦η⟧ = 0.1 revive them.</source>
        <translation>Leaky ReLU 在小于 0 时保留斜率 s：⟦z = max(s·a, a)⟧，默认 s = 0.01（教程 002 画图用 0.1）。δ 不再是 0：以 ⟦η⟧ = 0.1 训练 40 轮，它们又活了过来。</translation>
    </message>
    <message>
        <source>PReLU and ELU</source>
        <translation>PReLU 和 ELU</translation>
    </message>
    <message>
        <source>PReLU learns its slope below 0 (from 0.25); ELU bends smoothly to −1, ⟦z = e^a − 1⟧ for ⟦a &lt; 0⟧. The activation panel draws them beside ReLU and Leaky ReLU. Now the hidden layer is ELU, trained 20 epochs more.</source>
        <translation>PReLU 会学习小于 0 时的斜率（从 0.25 开始）；ELU 平滑地弯向 −1，⟦a &lt; 0⟧ 时 ⟦z = e^a − 1⟧。激活函数面板把它们和 ReLU、Leaky ReLU 画在一起。现在隐藏层改为 ELU，再训练 20 轮。</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排比较</translation>
    </message>
    <message>
        <source>Not trained yet: epoch 0.</source>
        <translation>还没训练：第 0 轮。</translation>
    </message>
    <message>
        <source>Epoch %1 · test points right: &lt;b&gt;%2&lt;/b&gt; · training: %3</source>
        <translation>第 %1 轮 · 测试点正确率：&lt;b&gt;%2&lt;/b&gt; · 训练点：%3</translation>
    </message>
    <message>
        <source>Digits: softmax over 10 classes</source>
        <translation>手写数字：10 个类别的 softmax</translation>
    </message>
    <message>
        <source>Ten classes, ten outputs</source>
        <translation>十个类别，十个输出</translation>
    </message>
    <message>
        <source>Image %1, a %2: answer &lt;b&gt;%3&lt;/b&gt; %4, E = %5&lt;br&gt;y: %6, …, Σ y = %7</source>
        <translation>第 %1 张图，写的是 %2：回答 &lt;b&gt;%3&lt;/b&gt; %4，E = %5&lt;br&gt;y：%6，…，Σ y = %7</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;%1&lt;/b&gt; (y = %2), then %3 (%4)</source>
        <translation>网络认为是 &lt;b&gt;%1&lt;/b&gt;（y = %2），其次是 %3（%4）</translation>
    </message>
    <message>
        <source>E = −log %1 = %2&lt;br&gt;δ of %3 = %1 − 1 = &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;δ of %5 = %6 − 0 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>E = −log %1 = %2&lt;br&gt;%3 的 δ = %1 − 1 = &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5 的 δ = %6 − 0 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hidden neuron %1: %2 of 64 weights &gt; 0&lt;br&gt;its ⟦a⟧ = &lt;b&gt;%3&lt;/b&gt;, the largest of 32</source>
        <translation>隐藏神经元 %1：64 个权重中 %2 个 &gt; 0&lt;br&gt;它的 ⟦a⟧ = &lt;b&gt;%3&lt;/b&gt;，32 个中最大</translation>
    </message>
    <message>
        <source>The 8×8 image on the pad is 64 inputs x (ink from 0 to 1). Seed 001: one output per class, ten for the digits 0 to 9, and softmax makes them probabilities: the bars. Untrained, each is near 1/10.</source>
        <translation>画板上 8×8 的图片就是 64 个输入 x（墨色从 0 到 1）。教程 001：每个类别一个输出，数字 0 到 9 共十个，softmax 把它们变成概率：就是那些条形。还没训练时，每个都接近 1/10。</translation>
    </message>
    <message>
        <source>Ten epochs over the 1,438 training images with Adam, ⟦η⟧ = 0.003, in batches of 32; the other 359 test it. The loss falls each epoch; the confusion matrix counts the test images by digit and answer.</source>
        <translation>用 Adam、⟦η⟧ = 0.003、每批 32 张，在 1,438 张训练图上训练十轮；另外 359 张用来测试。损失一轮比一轮低；混淆矩阵按真实数字和回答统计测试图。</translation>
    </message>
    <message>
        <source>The feature maps draw each ReLU neuron&apos;s 64 weights as an 8×8 picture: blue where ink raises its ⟦a = b + Σ w·x⟧, orange where it lowers it, the stroke it looks for. Outlined: this image&apos;s most active one.</source>
        <translation>特征图把每个 ReLU 神经元的 64 个权重画成 8×8 的图：蓝色处的墨色让 ⟦a = b + Σ w·x⟧ 变大，橙色处让它变小，这就是它要找的笔画。加框的是对这张图反应最强的那个。</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <source>Here the table&apos;s 7 redrawn by hand, thinner. Clear the pad and draw your own (left button draws, right erases): the bars answer at once, and the maps show weights × pixels, where the ink pushes each ⟦a⟧ up or down.</source>
        <translation>这是把表格里的 7 用手重新画了一遍，笔画更细。清空画板，自己画一个（左键画，右键擦）：条形立刻给出回答，特征图显示权重 × 像素，即墨色在哪里把每个 ⟦a⟧ 推高或拉低。</translation>
    </message>
    <message>
        <source>Cross-entropy and its δ</source>
        <translation>交叉熵和它的 δ</translation>
    </message>
    <message>
        <source>The target t is 1 for the image&apos;s digit and 0 for the nine others, so cross-entropy ⟦E = −Σ t_k·log y_k⟧ is −log y of the right digit: about −log 0.1 ≈ 2.3 now. With softmax the output&apos;s δ is simply ⟦δ_k = y_k − t_k⟧.</source>
        <translation>目标 t 在图中的数字处为 1，其余九个为 0，所以交叉熵 ⟦E = −Σ t_k·log y_k⟧ 就是正确数字的 −log y：现在约为 −log 0.1 ≈ 2.3。配合 softmax，输出层的 δ 非常简单：⟦δ_k = y_k − t_k⟧。</translation>
    </message>
    <message>
        <source>Training on 1,438 images</source>
        <translation>用 1,438 张图训练</translation>
    </message>
    <message>
        <source>The answer: the largest y</source>
        <translation>回答：y 最大的那个</translation>
    </message>
    <message>
        <source>The answer is the digit with the largest y (np.argmax). For the table&apos;s first image, a 0, nearly all the probability is now on 0, and E is close to 0. The table shows all ten images&apos; answers.</source>
        <translation>回答就是 y 最大的那个数字（np.argmax）。表格里的第一张图是 0，现在几乎全部概率都落在 0 上，E 接近 0。表格列出了十张图各自的回答。</translation>
    </message>
    <message>
        <source>Where it hesitates</source>
        <translation>拿不准的地方</translation>
    </message>
    <message>
        <source>Of the table&apos;s ten images, the one whose answer has the smallest y: its probability is shared between digits that look alike, and the answer may be wrong (✗). Softmax never gives exactly 0: every digit keeps a little.</source>
        <translation>表格十张图中，回答的 y 最小的那一张：概率分给了几个长得像的数字，回答也可能是错的（✗）。softmax 从不给出正好 0：每个数字都留着一点概率。</translation>
    </message>
    <message>
        <source>What a hidden neuron looks for</source>
        <translation>隐藏神经元在找什么</translation>
    </message>
</context>
</TS>
