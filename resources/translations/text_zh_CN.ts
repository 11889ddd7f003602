<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activation</name>
    <message>
        <source>Step</source>
        <translation>阶跃函数</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid 函数</translation>
    </message>
    <message>
        <source>Tanh</source>
        <translation>tanh 函数</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>PReLU</source>
        <translation>PReLU</translation>
    </message>
    <message>
        <source>RReLU</source>
        <translation>RReLU</translation>
    </message>
    <message>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <source>SiLU (Swish)</source>
        <translation>SiLU (Swish)</translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation>Softplus</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>z = 1 if a &gt; 0 else 0</source>
        <translation>a &gt; 0 时 z = 1，否则 z = 0</translation>
    </message>
    <message>
        <source>z = a</source>
        <translation>z = a</translation>
    </message>
    <message>
        <source>z = 1 / (1 + e^(-a))</source>
        <translation>z = 1 / (1 + e^(-a))</translation>
    </message>
    <message>
        <source>z = (e^a - e^(-a)) / (e^a + e^(-a))</source>
        <translation>z = (e^a - e^(-a)) / (e^a + e^(-a))</translation>
    </message>
    <message>
        <source>z = max(0, a)</source>
        <translation>z = max(0, a)</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else 0.01·a</source>
        <translation>a &gt; 0 时 z = a，否则 z = 0.01·a</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else α·a  (α learned, starts at 0.25)</source>
        <translation>a &gt; 0 时 z = a，否则 z = α·a（α 通过学习得到，初值 0.25）</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else r·a  (r random in [1/8, 1/3])</source>
        <translation>a &gt; 0 时 z = a，否则 z = r·a（r 在 [1/8, 1/3] 中随机取值）</translation>
    </message>
    <message>
        <source>z = a if a &gt; 0 else e^a - 1</source>
        <translation>a &gt; 0 时 z = a，否则 z = e^a - 1</translation>
    </message>
    <message>
        <source>z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))</source>
        <translation>z = a/2 · (1 + tanh(√(2/π)·(a + 0.044715·a³)))</translation>
    </message>
    <message>
        <source>z = a · sigmoid(a)</source>
        <translation>z = a · sigmoid(a)</translation>
    </message>
    <message>
        <source>z = log(1 + e^a)</source>
        <translation>z = log(1 + e^a)</translation>
    </message>
    <message>
        <source>z_k = e^(a_k) / Σ_i e^(a_i)</source>
        <translation>z_k = e^(a_k) / Σ_i e^(a_i)</translation>
    </message>
    <message>
        <source>The perceptron&apos;s threshold: jumps from 0 to 1 at a = 0; its gradient is 0.</source>
        <translation>感知机的阈值函数：在 a = 0 处从 0 跳到 1；梯度处处为 0。</translation>
    </message>
    <message>
        <source>Passes the weighted input through unchanged; for regression outputs.</source>
        <translation>恒等函数：原样输出加权输入；用于回归问题的输出层。</translation>
    </message>
    <message>
        <source>A smooth S-curve from 0 to 1; saturates (gradient near 0) for large |a|.</source>
        <translation>从 0 到 1 的平滑 S 形曲线；|a| 较大时饱和（梯度接近 0）。</translation>
    </message>
    <message>
        <source>An S-curve from -1 to 1, centred on 0; saturates for large |a|.</source>
        <translation>双曲正切：从 -1 到 1、以 0 为中心的 S 形曲线；|a| 较大时饱和。</translation>
    </message>
    <message>
        <source>Outputs a when a &gt; 0, else 0; cheap, and its gradient is 1 for a &gt; 0.</source>
        <translation>a &gt; 0 时输出 a，否则输出 0；计算简单，a &gt; 0 时梯度为 1。</translation>
    </message>
    <message>
        <source>Like ReLU, but a small slope 0.01 for a ≤ 0 keeps the gradient alive.</source>
        <translation>与 ReLU 相似，但 a ≤ 0 时保留 0.01 的小斜率，梯度不为 0。</translation>
    </message>
    <message>
        <source>Leaky ReLU whose slope α is learned with the weights, one per layer.</source>
        <translation>参数化 ReLU：负半轴斜率 α 随权重一起学习，每层一个。</translation>
    </message>
    <message>
        <source>Leaky ReLU with a random slope while training, their mean otherwise.</source>
        <translation>随机 ReLU：训练时负半轴斜率在 [1/8, 1/3] 中随机取，否则取其平均。</translation>
    </message>
    <message>
        <source>Smooth for a &lt; 0, approaching -1; mean outputs closer to 0 than ReLU.</source>
        <translation>a &lt; 0 时平滑地趋近 -1；输出均值比 ReLU 更接近 0。</translation>
    </message>
    <message>
        <source>A smooth ReLU weighted by a Gaussian&apos;s probability (tanh approximation).</source>
        <translation>高斯误差线性单元：按高斯概率加权的平滑 ReLU（tanh 近似）。</translation>
    </message>
    <message>
        <source>The input times its own sigmoid; smooth and slightly negative for a &lt; 0.</source>
        <translation>输入乘以自身的 sigmoid；平滑，a &lt; 0 时略为负值。</translation>
    </message>
    <message>
        <source>A smooth version of ReLU; its derivative is the sigmoid.</source>
        <translation>ReLU 的平滑版本；其导数就是 sigmoid。</translation>
    </message>
    <message>
        <source>Turns a layer&apos;s inputs into probabilities that sum to 1; for classification.</source>
        <translation>把一层的输入变为总和为 1 的概率；用于分类问题的输出层。</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <source>input layer</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>layer %1 (output)</source>
        <translation>第 %1 层（输出层）</translation>
    </message>
    <message>
        <source>layer %1 (hidden)</source>
        <translation>第 %1 层（隐藏层）</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>output %1 (neuron %2 of layer %3)</source>
        <translation>输出 %1（第 %3 层的神经元 %2）</translation>
    </message>
    <message>
        <source>neuron %1 of layer %2 (hidden)</source>
        <translation>第 %2 层（隐藏层）的神经元 %1</translation>
    </message>
</context>
<context>
    <name>Loss</name>
    <message>
        <source>Squared error ½·Σ(y − t)²</source>
        <translation>均方误差 ½·Σ(y − t)²</translation>
    </message>
    <message>
        <source>Cross-entropy −Σ t·log y</source>
        <translation>交叉熵误差 −Σ t·log y</translation>
    </message>
    <message>
        <source>Binary cross-entropy −(t·log y + (1 − t)·log(1 − y))</source>
        <translation>二元交叉熵 −(t·log y + (1 − t)·log(1 − y))</translation>
    </message>
</context>
</TS>
